package org.reversementoring.notification.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.notification.MailStep;
import org.reversementoring.notification.MailSteps;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Tells whoever must act that a task waits, with the link to it: {@code
 * <camunda:taskListener event="create" delegateExpression="${taskMail}">} with the fields {@code
 * template} and {@code recipient}. The capability's {@code ProcessMails} writes the mail. Make
 * the user task asyncBefore, so a mail failure retries the job and never rolls back the previous
 * person's work.
 */
@Component("taskMail")
@Scope("prototype")
public class TaskMailListener implements TaskListener {

  private final MailSteps mails;
  private final ProgramProperties properties;
  private Expression template;
  private Expression recipient;

  public TaskMailListener(MailSteps mails, ProgramProperties properties) {
    this.mails = mails;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    // the notification log dedupes on this key; mails already sent depend on its format
    String stepKey = "task/" + task.getId();
    mails.send(new MailStep(ModelFields.processKey(task.getProcessDefinitionId()), ModelFields.text(template, task),
        ModelFields.text(recipient, task), stepKey, task.getProcessInstanceId(), task.getId(),
        properties.taskUrl(task.getId()), task.getVariables()));
  }
}
