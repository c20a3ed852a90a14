package org.reversementoring.tandem;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tell the tandem it ended": a mail to mentor and executive, each in their language. */
@Component("tellTandemEnded")
public class TandemEndedMailDelegate implements JavaDelegate {

  static final String TEMPLATE = "tandem-ended-early";

  private final TandemMails mails;

  public TandemEndedMailDelegate(TandemMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long tandemId = (Long) execution.getVariable(TANDEM_ID);
    String stepKey = execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId();
    mails.toParticipant(TEMPLATE, TandemMails.Recipient.MENTOR, tandemId, stepKey + "/mentor",
        execution.getProcessInstanceId(), null, null);
    mails.toParticipant(TEMPLATE, TandemMails.Recipient.MENTEE, tandemId, stepKey + "/mentee",
        execution.getProcessInstanceId(), null, null);
  }
}
