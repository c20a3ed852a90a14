package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.notification.OpenTasks;
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
  private final OpenTasks openTasks;
  private Expression template;
  private Expression recipient;

  public SessionMailDelegate(TandemMails mails, OpenTasks openTasks) {
    this.mails = mails;
    this.openTasks = openTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TandemMails.Recipient to = TandemMails.Recipient.valueOf(String.valueOf(recipient.getValue(execution)).toUpperCase());
    String userId = (to == TandemMails.Recipient.MENTOR ? MENTOR_USER_ID : MENTEE_USER_ID).from(execution);
    String taskId = openTasks.assignedTo(execution.getProcessInstanceId(), userId);
    int position = SESSION_POSITION.from(execution);
    mails.sessionMail(String.valueOf(template.getValue(execution)), to, TANDEM_ID.from(execution),
        position, execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId() + "/" + position,
        execution.getProcessInstanceId(), taskId);
  }
}
