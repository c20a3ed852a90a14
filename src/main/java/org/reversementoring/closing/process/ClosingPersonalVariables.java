package org.reversementoring.closing.process;

import java.util.Set;
import org.reversementoring.closing.ClosingVariables;
import org.reversementoring.common.PersonalVariables;
import org.reversementoring.common.ProcessVariable;
import org.springframework.stereotype.Component;

/** Free text of the closing: kept in final_feedback and the tandem record, never in the engine's history. */
@Component
class ClosingPersonalVariables implements PersonalVariables {

  @Override
  public Set<String> names() {
    return Set.copyOf(ProcessVariable.names(ClosingVariables.PERSONAL));
  }
}
