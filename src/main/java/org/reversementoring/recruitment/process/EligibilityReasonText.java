package org.reversementoring.recruitment.process;

import static org.reversementoring.recruitment.RecruitmentVariables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.reversementoring.common.Language;
import org.reversementoring.common.forms.ShownText;
import org.springframework.stereotype.Component;

/**
 * The eligibility decision's reason on "Review application": the decision table gives it in
 * English ({@code eligibilityReason}) and German ({@code eligibilityReasonDe}); a decision taken
 * before it had the German one shows the English.
 */
@Component
class EligibilityReasonText implements ShownText {

  @Override
  public String field() {
    return ELIGIBILITY_REASON.name();
  }

  @Override
  public Optional<String> of(VariableScope task, Language language) {
    return language == Language.DE ? ELIGIBILITY_REASON_DE.optionalFrom(task) : Optional.empty();
  }
}
