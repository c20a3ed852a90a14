package org.reversementoring.tandem;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * A mail about the current session (BPMN fields {@code template} and {@code recipient}), with the
 * link to the task still open for that participant, e.g. "Remind mentor to log session".
 */
@Component("sessionMail")
@Scope("prototype")
public class SessionMailDelegate implements JavaDelegate {

  private final TandemMails mails;
  private final TaskService tasks;
  private Expression template;
  private Expression recipient;

  public SessionMailDelegate(TandemMails mails, TaskService tasks) {
    this.mails = mails;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TandemMails.Recipient to = TandemMails.Recipient.valueOf(String.valueOf(recipient.getValue(execution)).toUpperCase());
    String userId = (String) execution.getVariable(to == TandemMails.Recipient.MENTOR ? MENTOR_USER_ID : MENTEE_USER_ID);
    String taskId = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskAssignee(userId)
        .list().stream().findFirst().map(Task::getId).orElse(null);
    int position = (Integer) execution.getVariable(SESSION_POSITION);
    mails.sessionMail(String.valueOf(template.getValue(execution)), to, (Long) execution.getVariable(TANDEM_ID),
        position, execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId() + "/" + position,
        execution.getProcessInstanceId(), taskId);
  }
}
