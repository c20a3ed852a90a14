package org.reversementoring.tandem;

import java.util.Optional;
import org.reversementoring.worklist.CaseLabels;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A tandem (and its closing) as the task list names it: mentor & executive · cohort. */
@Component
class TandemLabels implements CaseLabels {

  private final TandemRepository tandems;
  private final TandemParticipants participants;

  TandemLabels(TandemRepository tandems, TandemParticipants participants) {
    this.tandems = tandems;
    this.participants = participants;
  }

  @Override
  public String numberPrefix() {
    return TandemService.NUMBER_PREFIX;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> labelOf(String caseNumber) {
    return tandems.findByNumber(caseNumber).map(tandem -> {
      TandemParticipants.Participants people = participants.of(tandem.getId());
      return CaseLabels.join(people.mentor().getFullName() + " & " + people.mentee().getFullName(),
          tandem.getCohortName());
    });
  }
}
