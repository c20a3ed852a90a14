package org.reversementoring.worklist.process;

import java.util.Set;
import org.reversementoring.common.PersonalVariables;
import org.reversementoring.worklist.WorklistVariables;
import org.springframework.stereotype.Component;

/** A task's label names people: shown while the task is open, never in the engine's history. */
@Component
class WorklistPersonalVariables implements PersonalVariables {

  @Override
  public Set<String> names() {
    return Set.of(WorklistVariables.CASE_LABEL.name());
  }
}
