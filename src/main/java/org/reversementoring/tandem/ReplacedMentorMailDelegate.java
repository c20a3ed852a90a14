package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tell the replaced mentor, with calendar cancellation": the sessions they no longer hold leave their calendar. */
@Component("tellReplacedMentor")
public class ReplacedMentorMailDelegate implements JavaDelegate {

  private final TandemMails mails;

  public ReplacedMentorMailDelegate(TandemMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.replacedMentorCancellation(TANDEM_ID.from(execution),
        REPLACED_MENTOR_ID.from(execution),
        execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId() + "/" + execution.getId(),
        execution.getProcessInstanceId());
  }
}
