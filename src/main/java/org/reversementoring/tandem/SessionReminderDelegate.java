package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * "Send session reminder with calendar" and "Send calendar update" (BPMN field {@code template}):
 * both participants, with the session's calendar event as it stands now.
 */
@Component("sendSessionReminder")
@Scope("prototype")
public class SessionReminderDelegate implements JavaDelegate {

  private final TandemMails mails;
  private Expression template;

  public SessionReminderDelegate(TandemMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int position = SESSION_POSITION.from(execution);
    // one mail per session and time: a retried job does not send twice, a moved session is reminded again
    String stepKey = execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId() + "/" + position
        + "/" + SESSION_REMINDER_AT.from(execution);
    mails.sessionReminder(String.valueOf(template.getValue(execution)), TANDEM_ID.from(execution),
        position, stepKey, execution.getProcessInstanceId());
  }
}
