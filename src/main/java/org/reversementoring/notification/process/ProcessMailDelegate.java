package org.reversementoring.notification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.notification.MailStep;
import org.reversementoring.notification.MailSteps;
import org.reversementoring.notification.process.OpenTasks;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Sends the mails of a send task, {@code <bpmn:sendTask camunda:delegateExpression="${processMail}">}
 * (asyncBefore, with a retry cycle), configured by the fields
 * <ul>
 *   <li>{@code template} and {@code recipient}, passed on to the capability's {@code ProcessMails};</li>
 *   <li>{@code openTaskAssignee} (optional, an expression such as {@code ${supervisorUserId}}) or
 *       {@code openTaskKey} (optional, a task definition key): a reminder links to that open task;</li>
 *   <li>{@code keyPart} (optional, an expression such as {@code ${execution.id}}) for a step the
 *       instance passes more than once, each pass sending its own mail.</li>
 * </ul>
 */
@Component("processMail")
@Scope("prototype")
public class ProcessMailDelegate implements JavaDelegate {

  private final MailSteps mails;
  private final OpenTasks openTasks;
  private final ProgramProperties properties;
  private Expression template;
  private Expression recipient;
  private Expression openTaskAssignee;
  private Expression openTaskKey;
  private Expression keyPart;

  public ProcessMailDelegate(MailSteps mails, OpenTasks openTasks, ProgramProperties properties) {
    this.mails = mails;
    this.openTasks = openTasks;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String taskId = openTask(execution);
    mails.send(new MailStep(ModelFields.processKey(execution.getProcessDefinitionId()),
        ModelFields.text(template, execution), ModelFields.text(recipient, execution), stepKey(execution),
        execution.getProcessInstanceId(), taskId, taskId == null ? null : properties.taskUrl(taskId),
        execution.getVariables()));
  }

  /**
   * The key of the step this execution is at, for a step that mails besides its other work. The
   * notification log dedupes on it; mails already sent depend on its format.
   */
  public static String stepKeyOf(DelegateExecution execution) {
    return execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId();
  }

  private String stepKey(DelegateExecution execution) {
    String key = stepKeyOf(execution);
    String part = ModelFields.text(keyPart, execution);
    return part == null ? key : key + "/" + part;
  }

  private String openTask(DelegateExecution execution) {
    String assignee = ModelFields.text(openTaskAssignee, execution);
    if (assignee != null) {
      return openTasks.assignedTo(execution.getProcessInstanceId(), assignee);
    }
    String definitionKey = ModelFields.text(openTaskKey, execution);
    return definitionKey == null ? null : openTasks.ofDefinition(execution.getProcessInstanceId(), definitionKey);
  }
}
