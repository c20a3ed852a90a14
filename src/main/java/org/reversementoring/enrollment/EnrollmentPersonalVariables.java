package org.reversementoring.enrollment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reversementoring.common.PersonalVariables;
import org.springframework.stereotype.Component;

@Component
class EnrollmentPersonalVariables implements PersonalVariables {

  @Override
  public Set<String> names() {
    Set<String> names = new HashSet<>(List.of(EnrollmentVariables.PERSONAL_FORM_FIELDS));
    names.addAll(List.of(EnrollmentVariables.ENROLLMENT_SUMMARY, EnrollmentVariables.DECISION_REASON));
    return names;
  }
}
