package org.reversementoring.matching.process;

import static org.reversementoring.matching.MatchingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.matching.ChosenPairs;
import org.reversementoring.matching.MatchingRound;
import org.springframework.stereotype.Component;

/**
 * Checks the start form (in the start transaction: a refusal starts nothing) and proposes
 * tandems around the coordinator's vetoes and fixes.
 */
@Component("proposeTandems")
public class ProposeTandemsDelegate implements JavaDelegate {

  private final MatchingRound round;

  public ProposeTandemsDelegate(MatchingRound round) {
    this.round = round;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // the start form's contract lets only texts through; the round refuses a missing or bad one naming it
    MatchingRound.Outcome outcome = round.propose(COHORT_NAME.optionalFrom(execution).orElse(null),
        TANDEM_START_DATE.optionalFrom(execution).orElse(null), ChosenPairs.parse(
            VETOED_PAIRS.optionalFrom(execution).orElse(null), FIXED_PAIRS.optionalFrom(execution).orElse(null)));
    execution.setProcessBusinessKey(outcome.plan().cohortName());
    COHORT_NAME.set(execution, outcome.plan().cohortName());
    TANDEM_START_DATE.set(execution, outcome.plan().startsOn().toString());
    PROPOSAL.set(execution, outcome.result());
    PROPOSED_COUNT.set(execution, outcome.result().proposals().size());
    UNMATCHED_MENTEE_COUNT.set(execution, outcome.result().unmatchedMentees().size());
  }
}
