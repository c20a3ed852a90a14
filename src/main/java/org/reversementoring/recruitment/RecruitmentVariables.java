package org.reversementoring.recruitment;

/**
 * Process variables of {@code mentor-recruitment}, one place for delegates, forms and tests.
 * The start form's keys are the integration contract of the product brief.
 */
public final class RecruitmentVariables {

  public static final String PROCESS_KEY = "mentor-recruitment";
  public static final String WITHDRAWAL_MESSAGE = "ApplicationWithdrawn";

  // start form (all String unless noted)
  public static final String FIRST_NAME = "firstName";
  public static final String LAST_NAME = "lastName";
  public static final String EMAIL = "email";
  public static final String OCCUPATION = "occupation";
  /** Integer 1-4. */
  public static final String TRAINING_YEAR = "trainingYear";
  public static final String DEPARTMENT = "department";
  public static final String LOCATION = "location";
  public static final String SUPERVISOR_EMAIL = "supervisorEmail";
  /** JSON array of topic codes. */
  public static final String TOPICS = "topics";
  public static final String MOTIVATION = "motivation";
  /** "de" or "en". */
  public static final String LANGUAGE = "language";
  /** Integer. */
  public static final String BIRTH_YEAR = "birthYear";
  /** JSON array of weekly slots such as TUE-AM. */
  public static final String AVAILABILITY = "availability";
  /** Boolean. */
  public static final String PRIVACY_CONSENT = "privacyConsent";

  /** Personal data of the start form; the domain tables keep it, the process drops it. */
  public static final String[] PERSONAL_FORM_FIELDS = {
      FIRST_NAME, LAST_NAME, EMAIL, OCCUPATION, DEPARTMENT, LOCATION, SUPERVISOR_EMAIL, TOPICS,
      MOTIVATION, LANGUAGE, BIRTH_YEAR, AVAILABILITY, PRIVACY_CONSENT};

  // set by "Register application"
  /** Long: id of the application record. */
  public static final String APPLICATION_ID = "applicationId";
  /** String: RMA-2026-0001, also the business key. */
  public static final String APPLICATION_NUMBER = "applicationNumber";
  /** String: Camunda user id of the training supervisor. */
  public static final String SUPERVISOR_USER_ID = "supervisorUserId";
  /** String: what supervisor and coordinator read before deciding. */
  public static final String APPLICATION_SUMMARY = "applicationSummary";
  /** Integer: inputs of the eligibility decision. */
  public static final String TOPIC_COUNT = "topicCount";
  public static final String EARLIER_PARTICIPATIONS = "earlierParticipations";

  // decisions
  /** "consent" or "refuse". */
  public static final String SUPERVISOR_DECISION = "supervisorDecision";
  public static final String SUPERVISOR_COMMENT = "supervisorComment";
  /** String: what the coordinator agreed with a silent supervisor. */
  public static final String CHASE_NOTE = "chaseNote";
  /** Boolean and String: output of mentor-eligibility.dmn. */
  public static final String ELIGIBLE = "eligible";
  public static final String ELIGIBILITY_REASON = "eligibilityReason";
  /** "interview", "reject" or "waitlist". */
  public static final String REVIEW_DECISION = "reviewDecision";
  /** "select", "reject" or "waitlist". */
  public static final String INTERVIEW_RESULT = "interviewResult";
  /** String: why, written by the coordinator; quoted in a rejection mail. */
  public static final String DECISION_REASON = "decisionReason";
  /** Integer: place on the waitlist when waitlisted. */
  public static final String WAITLIST_POSITION = "waitlistPosition";

  private RecruitmentVariables() {
  }
}
