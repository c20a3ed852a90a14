package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send kickoff invitation": the mails with the calendar file to mentor (supervisor in copy) and mentee. */
@Component("sendKickoffInvitation")
public class KickoffInvitationDelegate implements JavaDelegate {

  private final TandemMails mails;

  public KickoffInvitationDelegate(TandemMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.kickoffInvitation(TANDEM_ID.from(execution),
        execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId(), execution.getProcessInstanceId());
  }
}
