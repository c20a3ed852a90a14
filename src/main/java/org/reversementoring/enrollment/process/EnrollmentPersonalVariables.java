package org.reversementoring.enrollment.process;

import static org.reversementoring.enrollment.EnrollmentVariables.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reversementoring.common.PersonalVariables;
import org.reversementoring.common.ProcessVariable;
import org.springframework.stereotype.Component;

@Component
class EnrollmentPersonalVariables implements PersonalVariables {

  @Override
  public Set<String> names() {
    Set<String> names = new HashSet<>(ProcessVariable.names(PERSONAL_FORM_FIELDS));
    names.addAll(ProcessVariable.names(List.of(ENROLLMENT_SUMMARY, DECISION_REASON)));
    return names;
  }
}
