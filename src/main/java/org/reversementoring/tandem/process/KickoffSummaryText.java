package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.reversementoring.common.Language;
import org.reversementoring.common.forms.ShownText;
import org.reversementoring.tandem.KickoffService;
import org.reversementoring.tandem.TandemProperties;
import org.springframework.stereotype.Component;

/** The agreed kickoff, goals and cadence on "Confirm kickoff". */
@Component
class KickoffSummaryText implements ShownText {

  private final KickoffService kickoffs;
  private final TandemProperties properties;

  KickoffSummaryText(KickoffService kickoffs, TandemProperties properties) {
    this.kickoffs = kickoffs;
    this.properties = properties;
  }

  @Override
  public String field() {
    return KICKOFF_SUMMARY.name();
  }

  @Override
  public Optional<String> of(VariableScope task, Language language) {
    return Optional.of(kickoffs.summary(TANDEM_ID.from(task), properties.zone(), language));
  }
}
