package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reversementoring.common.PersonalVariables;
import org.reversementoring.common.ProcessVariable;
import org.springframework.stereotype.Component;

/** Free text of the tandem: kept in the tandem and session records, never in the engine's history. */
@Component
class TandemPersonalVariables implements PersonalVariables {

  @Override
  public Set<String> names() {
    return new HashSet<>(ProcessVariable.names(List.of(GOALS, SKIP_PERIODS, REQUESTED_CHANGES, KICKOFF_SUMMARY,
        KICKOFF_COMMENT, SESSION_NOTES, RATING_COMMENT, FOLLOW_UP_NOTE, CHECK_IN_COMMENT, END_REQUEST_REASON,
        EARLY_ENDING_NOTE, ORGANIZER_BRIEF)));
  }
}
