package org.reversementoring.closing;

import static org.reversementoring.closing.ClosingVariables.*;

import java.util.Set;
import org.reversementoring.common.PersonalVariables;
import org.springframework.stereotype.Component;

/** Free text of the closing: kept in final_feedback and the tandem record, never in the engine's history. */
@Component
class ClosingPersonalVariables implements PersonalVariables {

  @Override
  public Set<String> names() {
    return Set.of(LEARNED, FEEDBACK_COMMENT, MISSING_FEEDBACK, FEEDBACK_SUMMARY, CLOSING_NOTE);
  }
}
