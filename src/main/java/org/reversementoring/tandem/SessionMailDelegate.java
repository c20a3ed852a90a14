package org.reversementoring.tandem;

import static org.reversementoring.tandem.TandemVariables.*;

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
    String userId = (String) execution.getVariable(to == TandemMails.Recipient.MENTOR ? MENTOR_USER_ID : MENTEE_USER_ID);
    String taskId = openTasks.assignedTo(execution.getProcessInstanceId(), userId);
    int position = (Integer) execution.getVariable(SESSION_POSITION);
    mails.sessionMail(String.valueOf(template.getValue(execution)), to, (Long) execution.getVariable(TANDEM_ID),
        position, execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId() + "/" + position,
        execution.getProcessInstanceId(), taskId);
  }
}
