package org.reversementoring.matching.process;

import static org.reversementoring.matching.MatchingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.matching.ChosenPairs;
import org.reversementoring.matching.CoordinatorChoices;
import org.reversementoring.matching.MatchingRound;
import org.springframework.stereotype.Component;

/**
 * Checks "Review matching proposal" on completion ({@link CoordinatorChoices#review}); with
 * "recompute" it keeps the pairs vetoed and fixed so far for the next round. A refusal names the
 * field and leaves the task open as it was.
 */
@Component("reviewMatchingProposal")
public class ReviewProposalListener implements TaskListener {

  private final MatchingRound round;

  public ReviewProposalListener(MatchingRound round) {
    this.round = round;
  }

  @Override
  public void notify(DelegateTask task) {
    ChosenPairs earlier = ChosenPairs.parse(VETOED_PAIRS.optionalFrom(task).orElse(null),
        FIXED_PAIRS.optionalFrom(task).orElse(null));
    // read untyped: the form's select lets a number or a flag through, which the rule refuses naming the field
    CoordinatorChoices.review(task.getVariable(MATCHING_DECISION.name()), VETOES.optionalFrom(task).orElse(null),
        FIXES.optionalFrom(task).orElse(null), earlier, PROPOSAL.from(task).proposals(), round::pool)
        .ifPresent(chosen -> {
          VETOED_PAIRS.set(task, chosen.vetoedText());
          FIXED_PAIRS.set(task, chosen.fixedText());
          VETOES.set(task, null);
          FIXES.set(task, null);
        });
  }
}
