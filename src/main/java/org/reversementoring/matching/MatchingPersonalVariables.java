package org.reversementoring.matching;

import java.util.Set;
import org.reversementoring.common.PersonalVariables;
import org.springframework.stereotype.Component;

@Component
class MatchingPersonalVariables implements PersonalVariables {

  @Override
  public Set<String> names() {
    return Set.of(MatchingVariables.PROPOSAL_SUMMARY, MatchingVariables.FIXES);
  }
}
