package org.reversementoring.enrollment.process;

import static org.reversementoring.enrollment.EnrollmentVariables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.reversementoring.common.Language;
import org.reversementoring.common.forms.ShownText;
import org.reversementoring.enrollment.MenteeSummary;
import org.springframework.stereotype.Component;

/** The enrollment in a few lines on "Confirm enrollment". */
@Component
class EnrollmentSummaryText implements ShownText {

  private final MenteeSummary summary;

  EnrollmentSummaryText(MenteeSummary summary) {
    this.summary = summary;
  }

  @Override
  public String field() {
    return ENROLLMENT_SUMMARY.name();
  }

  @Override
  public Optional<String> of(VariableScope task, Language language) {
    return MENTEE_ID.optionalFrom(task).flatMap(mentee -> summary.of(mentee, language));
  }
}
