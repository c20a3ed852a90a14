package org.reversementoring.matching.process;

import java.util.HashSet;
import java.util.Set;
import org.reversementoring.common.Language;
import org.reversementoring.common.PersonalVariables;
import org.reversementoring.matching.MatchingVariables;
import org.springframework.stereotype.Component;

@Component
class MatchingPersonalVariables implements PersonalVariables {

  @Override
  public Set<String> names() {
    Set<String> names = new HashSet<>(Set.of(MatchingVariables.FIXES.name()));
    for (Language language : Language.values()) {
      names.add(MatchingVariables.PROPOSAL_SUMMARY.in(language).name());
    }
    return Set.copyOf(names);
  }
}
