package org.reversementoring.matching;

import static org.reversementoring.matching.MatchingVariables.*;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.RejectedInputException;
import org.springframework.stereotype.Component;

/**
 * Checks "Review matching proposal" on completion: vetoes and fixes only with "recompute", and
 * then adds them to those of earlier rounds (a new veto lifts a fix of the same pair and the other
 * way round). A refusal names the field and leaves the task open as it was.
 */
@Component("reviewMatchingProposal")
public class ReviewProposalListener implements TaskListener {

  private final MatchingRound round;

  public ReviewProposalListener(MatchingRound round) {
    this.round = round;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(MATCHING_DECISION);
    String vetoes = (String) task.getVariable(VETOES);
    String fixes = (String) task.getVariable(FIXES);
    boolean choices = !blank(vetoes) || !blank(fixes);
    if ("recompute".equals(decision)) {
      Set<Pair> vetoed = new LinkedHashSet<>(Pairs.parse((String) task.getVariable(VETOED_PAIRS)));
      Set<Pair> fixed = new LinkedHashSet<>(Pairs.parse((String) task.getVariable(FIXED_PAIRS)));
      Set<Pair> newVetoes = CoordinatorChoices.vetoes(vetoes, ProposalVariable.read(task).proposals());
      // the pool is read only when there is something to look up in it
      Set<Pair> newFixes = blank(fixes) ? Set.of() : CoordinatorChoices.fixes(fixes, round.pool());
      fixed.removeAll(newVetoes);
      vetoed.removeAll(newFixes);
      vetoed.addAll(newVetoes);
      fixed.addAll(newFixes);
      task.setVariable(VETOED_PAIRS, Pairs.format(vetoed));
      task.setVariable(FIXED_PAIRS, Pairs.format(fixed));
      task.setVariable(VETOES, null);
      task.setVariable(FIXES, null);
    } else if ("approve".equals(decision) || "cancel".equals(decision)) {
      if (choices) {
        throw new RejectedInputException(blank(vetoes) ? FIXES : VETOES,
            "applies only with Recompute; clear it to " + decision);
      }
    } else {
      throw new RejectedInputException(MATCHING_DECISION, "must be one of approve, recompute, cancel");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
