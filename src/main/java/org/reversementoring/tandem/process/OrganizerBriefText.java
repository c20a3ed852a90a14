package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.reversementoring.common.Language;
import org.reversementoring.common.forms.ShownText;
import org.reversementoring.tandem.OrganizerBriefs;
import org.springframework.stereotype.Component;

/** What the organizers need to act, on "Agree a kickoff date", "Chase missing session log" and "Re-plan missed session". */
@Component
class OrganizerBriefText implements ShownText {

  private final OrganizerBriefs briefs;

  OrganizerBriefText(OrganizerBriefs briefs) {
    this.briefs = briefs;
  }

  @Override
  public String field() {
    return ORGANIZER_BRIEF.name();
  }

  @Override
  public Optional<String> of(VariableScope task, Language language) {
    return briefs.of(task.getVariables(), language);
  }
}
