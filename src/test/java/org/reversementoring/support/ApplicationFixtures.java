package org.reversementoring.support;

import static org.reversementoring.recruitment.RecruitmentVariables.*;

import java.util.HashMap;
import java.util.Map;

/** A complete, valid application as the start form sends it. */
public final class ApplicationFixtures {

  public static final String SUPERVISOR_ADDRESS = "sven.vogel@example.com";

  private ApplicationFixtures() {
  }

  public static Map<String, Object> application(String email) {
    return application(email, SUPERVISOR_ADDRESS);
  }

  public static Map<String, Object> application(String email, String supervisorEmail) {
    Map<String, Object> variables = new HashMap<>();
    FIRST_NAME.putIn(variables, "Zoë");
    LAST_NAME.putIn(variables, "Łukasiewicz-Müller");
    EMAIL.putIn(variables, email);
    OCCUPATION.putIn(variables, "Mechatronics technician");
    TRAINING_YEAR.putIn(variables, 2);
    DEPARTMENT.putIn(variables, "Vehicle electronics");
    LOCATION.putIn(variables, "Munich");
    SUPERVISOR_EMAIL.putIn(variables, supervisorEmail);
    variables.put(TOPICS.name(), "[\"connected-car\",\"ai-tools\"]");
    MOTIVATION.putIn(variables, "I explain connected-car apps to my grandparents every week.");
    LANGUAGE.putIn(variables, "en");
    BIRTH_YEAR.putIn(variables, 2007);
    variables.put(AVAILABILITY.name(), "[\"TUE-AM\",\"THU-PM\"]");
    PRIVACY_CONSENT.putIn(variables, true);
    return variables;
  }
}
