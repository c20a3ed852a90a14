package org.reversementoring.matching;

import static org.reversementoring.matching.MatchingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks the start form (in the start transaction: a refusal starts nothing) and proposes
 * tandems around the coordinator's vetoes and fixes.
 */
@Component("proposeTandems")
public class ProposeTandemsDelegate implements JavaDelegate {

  private final MatchingRound round;
  private final MatchingPlans plans;

  public ProposeTandemsDelegate(MatchingRound round, MatchingPlans plans) {
    this.round = round;
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MatchingPlan plan = plans.check(execution.getVariable(COHORT_NAME), execution.getVariable(TANDEM_START_DATE));
    execution.setProcessBusinessKey(plan.cohortName());
    execution.setVariable(COHORT_NAME, plan.cohortName());
    execution.setVariable(TANDEM_START_DATE, plan.startsOn().toString());

    MatchingRound.Outcome outcome = round.propose(
        Pairs.parse((String) execution.getVariable(FIXED_PAIRS)),
        Pairs.parse((String) execution.getVariable(VETOED_PAIRS)));
    execution.setVariable(PROPOSAL, ProposalVariable.of(outcome.result()));
    execution.setVariable(PROPOSAL_SUMMARY, outcome.summary());
    execution.setVariable(PROPOSED_COUNT, outcome.result().proposals().size());
    execution.setVariable(UNMATCHED_MENTEE_COUNT, outcome.result().unmatchedMentees().size());
  }
}
