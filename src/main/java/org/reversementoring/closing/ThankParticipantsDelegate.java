package org.reversementoring.closing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Thank both and inform supervisor". */
@Component("thankTandemAndInformSupervisor")
public class ThankParticipantsDelegate implements JavaDelegate {

  private final ClosingMails mails;

  public ThankParticipantsDelegate(ClosingMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.thanksAndSupervisor((Long) execution.getVariable(ClosingVariables.TANDEM_ID),
        execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId(), execution.getProcessInstanceId());
  }
}
