package org.reversementoring.enrollment;

/**
 * Process variables of {@code mentee-enrollment}. The start form's keys are the integration
 * contract of the product brief.
 */
public final class EnrollmentVariables {

  public static final String PROCESS_KEY = "mentee-enrollment";

  // start form (String unless noted)
  public static final String FIRST_NAME = "firstName";
  public static final String LAST_NAME = "lastName";
  public static final String EMAIL = "email";
  public static final String DEPARTMENT = "department";
  /** team-lead, head-of-department, director or board. */
  public static final String MANAGEMENT_LEVEL = "managementLevel";
  /** Integer. */
  public static final String BIRTH_YEAR = "birthYear";
  /** JSON array of topic codes, most wanted first. */
  public static final String TOPICS = "topics";
  /** "de" or "en". */
  public static final String LANGUAGE = "language";
  public static final String LOCATION = "location";
  /** JSON array of weekly slots such as TUE-AM. */
  public static final String AVAILABILITY = "availability";
  /** JSON array of emails (or, from the form, emails separated by commas); may be empty. */
  public static final String EXCLUSIONS = "exclusions";

  static final String[] PERSONAL_FORM_FIELDS = {
      FIRST_NAME, LAST_NAME, EMAIL, DEPARTMENT, MANAGEMENT_LEVEL, BIRTH_YEAR, TOPICS, LANGUAGE,
      LOCATION, AVAILABILITY, EXCLUSIONS};

  // set by "Register enrollment"
  /** Long. */
  public static final String MENTEE_ID = "menteeId";
  /** String: RME-2026-0001, also the business key. */
  public static final String MENTEE_NUMBER = "menteeNumber";
  /** String: what the coordinator reads before confirming. */
  public static final String ENROLLMENT_SUMMARY = "enrollmentSummary";

  // decision
  /** "confirm" or "decline". */
  public static final String ENROLLMENT_DECISION = "enrollmentDecision";
  /** String: why, shown to the executive if declined. */
  public static final String DECISION_REASON = "decisionReason";
  /** Integer: place on the waitlist after confirmation. */
  public static final String WAITLIST_POSITION = "waitlistPosition";

  private EnrollmentVariables() {
  }
}
