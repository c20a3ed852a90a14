package org.reversementoring.recruitment;

import static org.reversementoring.common.ProcessVariable.bool;
import static org.reversementoring.common.ProcessVariable.integer;
import static org.reversementoring.common.ProcessVariable.longValue;
import static org.reversementoring.common.ProcessVariable.string;
import static org.reversementoring.common.ProcessVariable.textList;

import java.util.List;
import org.reversementoring.common.ProcessVariable;

/**
 * Process variables of {@code mentor-recruitment} with their types, one place for delegates,
 * forms and tests. The start form's keys are the integration contract of the product brief.
 */
public final class RecruitmentVariables {

  public static final String PROCESS_KEY = "mentor-recruitment";
  public static final String WITHDRAWAL_MESSAGE = "ApplicationWithdrawn";

  // start form
  public static final ProcessVariable<String> FIRST_NAME = string("firstName");
  public static final ProcessVariable<String> LAST_NAME = string("lastName");
  public static final ProcessVariable<String> EMAIL = string("email");
  public static final ProcessVariable<String> OCCUPATION = string("occupation");
  /** 1-4; the process keeps it for the eligibility decision. */
  public static final ProcessVariable<Integer> TRAINING_YEAR = integer("trainingYear");
  public static final ProcessVariable<String> DEPARTMENT = string("department");
  public static final ProcessVariable<String> LOCATION = string("location");
  public static final ProcessVariable<String> SUPERVISOR_EMAIL = string("supervisorEmail");
  /** Topic codes, sent as a JSON array. */
  public static final ProcessVariable<List<String>> TOPICS = textList("topics");
  public static final ProcessVariable<String> MOTIVATION = string("motivation");
  /** "de" or "en". */
  public static final ProcessVariable<String> LANGUAGE = string("language");
  public static final ProcessVariable<Integer> BIRTH_YEAR = integer("birthYear");
  /** Weekly slots such as TUE-AM, sent as a JSON array. */
  public static final ProcessVariable<List<String>> AVAILABILITY = textList("availability");
  public static final ProcessVariable<Boolean> PRIVACY_CONSENT = bool("privacyConsent");

  /** Personal data of the start form; the domain tables keep it, the process drops it. */
  public static final List<ProcessVariable<?>> PERSONAL_FORM_FIELDS = List.of(
      FIRST_NAME, LAST_NAME, EMAIL, OCCUPATION, DEPARTMENT, LOCATION, SUPERVISOR_EMAIL, TOPICS,
      MOTIVATION, LANGUAGE, BIRTH_YEAR, AVAILABILITY, PRIVACY_CONSENT);

  // set by "Register application"
  /** Id of the application record. */
  public static final ProcessVariable<Long> APPLICATION_ID = longValue("applicationId");
  /** RMA-2026-0001, also the business key. */
  public static final ProcessVariable<String> APPLICATION_NUMBER = string("applicationNumber");
  /** Camunda user id of the training supervisor. */
  public static final ProcessVariable<String> SUPERVISOR_USER_ID = string("supervisorUserId");
  /**
   * What supervisor and coordinator read before deciding: a read-only field the forms show in the
   * reader's language ({@code process.ApplicationSummaryText}); instances started before 0.2 hold it in English.
   */
  public static final ProcessVariable<String> APPLICATION_SUMMARY = string("applicationSummary");
  /** Inputs of the eligibility decision. */
  public static final ProcessVariable<Integer> TOPIC_COUNT = integer("topicCount");
  public static final ProcessVariable<Integer> EARLIER_PARTICIPATIONS = integer("earlierParticipations");

  // decisions
  /** "consent" or "refuse". */
  public static final ProcessVariable<String> SUPERVISOR_DECISION = string("supervisorDecision");
  public static final ProcessVariable<String> SUPERVISOR_COMMENT = string("supervisorComment");
  /** What the coordinator agreed with a silent supervisor. */
  public static final ProcessVariable<String> CHASE_NOTE = string("chaseNote");
  /** Output of mentor-eligibility.dmn. */
  public static final ProcessVariable<Boolean> ELIGIBLE = bool("eligible");
  public static final ProcessVariable<String> ELIGIBILITY_REASON = string("eligibilityReason");
  /** The reason in German, for German readers of "Review application". */
  public static final ProcessVariable<String> ELIGIBILITY_REASON_DE = string("eligibilityReasonDe");
  /** "interview", "reject" or "waitlist". */
  public static final ProcessVariable<String> REVIEW_DECISION = string("reviewDecision");
  /** "select", "reject" or "waitlist". */
  public static final ProcessVariable<String> INTERVIEW_RESULT = string("interviewResult");
  /** Why, written by the coordinator; quoted in a rejection mail. */
  public static final ProcessVariable<String> DECISION_REASON = string("decisionReason");
  /** Place on the waitlist when waitlisted. */
  public static final ProcessVariable<Integer> WAITLIST_POSITION = integer("waitlistPosition");

  private RecruitmentVariables() {
  }
}
