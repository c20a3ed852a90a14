package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send calendar update for the paused tandem": every session still planned, as it now stands, to both. */
@Component("sendPauseCalendarUpdate")
public class PauseCalendarUpdateDelegate implements JavaDelegate {

  static final String TEMPLATE = "tandem-paused";

  private final TandemMails mails;

  public PauseCalendarUpdateDelegate(TandemMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.plannedSessionsUpdate(TEMPLATE, TANDEM_ID.from(execution),
        execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId() + "/" + execution.getId(),
        execution.getProcessInstanceId());
  }
}
