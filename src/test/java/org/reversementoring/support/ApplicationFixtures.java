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
    variables.put(FIRST_NAME, "Zoë");
    variables.put(LAST_NAME, "Łukasiewicz-Müller");
    variables.put(EMAIL, email);
    variables.put(OCCUPATION, "Mechatronics technician");
    variables.put(TRAINING_YEAR, 2);
    variables.put(DEPARTMENT, "Vehicle electronics");
    variables.put(LOCATION, "Munich");
    variables.put(SUPERVISOR_EMAIL, supervisorEmail);
    variables.put(TOPICS, "[\"connected-car\",\"ai-tools\"]");
    variables.put(MOTIVATION, "I explain connected-car apps to my grandparents every week.");
    variables.put(LANGUAGE, "en");
    variables.put(BIRTH_YEAR, 2007);
    variables.put(AVAILABILITY, "[\"TUE-AM\",\"THU-PM\"]");
    variables.put(PRIVACY_CONSENT, true);
    return variables;
  }
}
