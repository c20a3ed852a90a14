package org.reversementoring.closing.process;

import static org.reversementoring.closing.ClosingVariables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.reversementoring.closing.FeedbackSummary;
import org.reversementoring.common.Language;
import org.reversementoring.common.forms.ShownText;
import org.springframework.stereotype.Component;

/** The final feedback and the sessions held, on "Extend or close tandem". */
@Component
class FeedbackSummaryText implements ShownText {

  private final FeedbackSummary summary;

  FeedbackSummaryText(FeedbackSummary summary) {
    this.summary = summary;
  }

  @Override
  public String field() {
    return FEEDBACK_SUMMARY.name();
  }

  @Override
  public Optional<String> of(VariableScope task, Language language) {
    return Optional.of(summary.of(TANDEM_ID.from(task), language));
  }
}
