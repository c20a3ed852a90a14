package org.reversementoring.closing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Create participation certificate and send it": the PDF to the mentor. */
@Component("sendParticipationCertificate")
public class SendCertificateDelegate implements JavaDelegate {

  private final ClosingMails mails;

  public SendCertificateDelegate(ClosingMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.certificate((Long) execution.getVariable(ClosingVariables.TANDEM_ID),
        execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId(), execution.getProcessInstanceId());
  }
}
