package org.reversementoring.matching.process;

import java.util.Set;
import org.reversementoring.common.PersonalVariables;
import org.reversementoring.matching.MatchingVariables;
import org.springframework.stereotype.Component;

@Component
class MatchingPersonalVariables implements PersonalVariables {

  @Override
  public Set<String> names() {
    return Set.of(MatchingVariables.PROPOSAL_SUMMARY.name(), MatchingVariables.FIXES.name());
  }
}
