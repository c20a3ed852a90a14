package org.reversementoring.closing.process;

import static org.reversementoring.closing.ClosingVariables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.reversementoring.closing.FeedbackSummary;
import org.reversementoring.common.Language;
import org.reversementoring.common.forms.ShownText;
import org.springframework.stereotype.Component;

/** Who has not given final feedback yet, on "Follow up missing feedback". */
@Component
class MissingFeedbackText implements ShownText {

  private final FeedbackSummary summary;

  MissingFeedbackText(FeedbackSummary summary) {
    this.summary = summary;
  }

  @Override
  public String field() {
    return MISSING_FEEDBACK.name();
  }

  @Override
  public Optional<String> of(VariableScope task, Language language) {
    return Optional.of(summary.missing(TANDEM_ID.from(task), MENTOR_ANSWERED.from(task), MENTEE_ANSWERED.from(task),
        language));
  }
}
