package org.reversementoring.recruitment.process;

import static org.reversementoring.recruitment.RecruitmentVariables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.reversementoring.common.Language;
import org.reversementoring.common.forms.ShownText;
import org.reversementoring.recruitment.ApplicationSummary;
import org.springframework.stereotype.Component;

/** The application in a few lines on "Give consent", "Chase …", "Review application" and "Record interview result". */
@Component
class ApplicationSummaryText implements ShownText {

  private final ApplicationSummary summary;

  ApplicationSummaryText(ApplicationSummary summary) {
    this.summary = summary;
  }

  @Override
  public String field() {
    return APPLICATION_SUMMARY.name();
  }

  @Override
  public Optional<String> of(VariableScope task, Language language) {
    return APPLICATION_ID.optionalFrom(task).flatMap(application -> summary.of(application, language));
  }
}
