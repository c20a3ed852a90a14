package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send new invitations": the remaining sessions' calendar to the substitute and the mentee. */
@Component("sendSubstituteInvitations")
public class SubstituteInvitationsDelegate implements JavaDelegate {

  private final TandemMails mails;

  public SubstituteInvitationsDelegate(TandemMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.substituteInvitations(TANDEM_ID.from(execution),
        execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId() + "/" + execution.getId(),
        execution.getProcessInstanceId());
  }
}
