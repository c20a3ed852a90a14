package org.reversementoring.recruitment;

import static org.reversementoring.recruitment.RecruitmentVariables.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reversementoring.common.PersonalVariables;
import org.springframework.stereotype.Component;

@Component
class RecruitmentPersonalVariables implements PersonalVariables {

  @Override
  public Set<String> names() {
    Set<String> names = new HashSet<>(List.of(PERSONAL_FORM_FIELDS));
    names.addAll(List.of(APPLICATION_SUMMARY, SUPERVISOR_COMMENT, DECISION_REASON, CHASE_NOTE));
    return names;
  }
}
