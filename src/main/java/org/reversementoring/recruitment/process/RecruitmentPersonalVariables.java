package org.reversementoring.recruitment.process;

import static org.reversementoring.recruitment.RecruitmentVariables.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reversementoring.common.PersonalVariables;
import org.reversementoring.common.ProcessVariable;
import org.springframework.stereotype.Component;

@Component
class RecruitmentPersonalVariables implements PersonalVariables {

  @Override
  public Set<String> names() {
    Set<String> names = new HashSet<>(ProcessVariable.names(PERSONAL_FORM_FIELDS));
    names.addAll(ProcessVariable.names(List.of(APPLICATION_SUMMARY, SUPERVISOR_COMMENT, DECISION_REASON, CHASE_NOTE)));
    return names;
  }
}
