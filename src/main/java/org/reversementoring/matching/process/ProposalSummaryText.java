package org.reversementoring.matching.process;

import static org.reversementoring.matching.MatchingVariables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.reversementoring.common.Language;
import org.reversementoring.common.forms.ShownText;
import org.reversementoring.matching.MatchingRound;
import org.springframework.stereotype.Component;

/** The proposal in words on "Review matching proposal", from its stored reasons. */
@Component
class ProposalSummaryText implements ShownText {

  private final MatchingRound round;

  ProposalSummaryText(MatchingRound round) {
    this.round = round;
  }

  @Override
  public String field() {
    return PROPOSAL_SUMMARY.name();
  }

  @Override
  public Optional<String> of(VariableScope task, Language language) {
    return PROPOSAL.optionalFrom(task).map(proposal -> round.summary(proposal, language));
  }
}
