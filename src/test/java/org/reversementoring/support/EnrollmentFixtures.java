package org.reversementoring.support;

import static org.reversementoring.enrollment.EnrollmentVariables.*;

import java.util.HashMap;
import java.util.Map;

/** A complete, valid mentee enrollment as the start form sends it. */
public final class EnrollmentFixtures {

  private EnrollmentFixtures() {
  }

  public static Map<String, Object> enrollment(String email) {
    Map<String, Object> variables = new HashMap<>();
    FIRST_NAME.putIn(variables, "Jürgen");
    LAST_NAME.putIn(variables, "Łęcka-Öztürk");
    EMAIL.putIn(variables, email);
    DEPARTMENT.putIn(variables, "Finance");
    MANAGEMENT_LEVEL.putIn(variables, "head-of-department");
    BIRTH_YEAR.putIn(variables, 1968);
    variables.put(TOPICS.name(), "[\"ai-tools\",\"social-media\"]");
    LANGUAGE.putIn(variables, "en");
    LOCATION.putIn(variables, "Munich");
    variables.put(AVAILABILITY.name(), "[\"TUE-AM\",\"THU-PM\"]");
    variables.put(EXCLUSIONS.name(), "[]");
    return variables;
  }
}
