package org.reversementoring.matching;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells every executive of the approved proposal whether they were matched. */
@Component("tellExecutivesMatchingOutcome")
public class TellExecutivesDelegate implements JavaDelegate {

  private final MatchingMails mails;

  public TellExecutivesDelegate(MatchingMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.tellExecutives((String) execution.getVariable(MatchingVariables.COHORT_NAME),
        ProposalVariable.read(execution), execution.getProcessInstanceId());
  }
}
