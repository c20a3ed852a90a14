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
    variables.put(FIRST_NAME, "Jürgen");
    variables.put(LAST_NAME, "Łęcka-Öztürk");
    variables.put(EMAIL, email);
    variables.put(DEPARTMENT, "Finance");
    variables.put(MANAGEMENT_LEVEL, "head-of-department");
    variables.put(BIRTH_YEAR, 1968);
    variables.put(TOPICS, "[\"ai-tools\",\"social-media\"]");
    variables.put(LANGUAGE, "en");
    variables.put(LOCATION, "Munich");
    variables.put(AVAILABILITY, "[\"TUE-AM\",\"THU-PM\"]");
    variables.put(EXCLUSIONS, "[]");
    return variables;
  }
}
