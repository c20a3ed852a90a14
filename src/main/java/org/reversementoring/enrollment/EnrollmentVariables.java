package org.reversementoring.enrollment;

import static org.reversementoring.common.ProcessVariable.integer;
import static org.reversementoring.common.ProcessVariable.longValue;
import static org.reversementoring.common.ProcessVariable.string;
import static org.reversementoring.common.ProcessVariable.textList;

import java.util.List;
import org.reversementoring.common.ProcessVariable;

/**
 * Process variables of {@code mentee-enrollment} with their types, one place for delegates,
 * mails, forms and tests. The start form's keys are the integration contract of the product
 * brief.
 */
public final class EnrollmentVariables {

  public static final String PROCESS_KEY = "mentee-enrollment";

  // start form
  public static final ProcessVariable<String> FIRST_NAME = string("firstName");
  public static final ProcessVariable<String> LAST_NAME = string("lastName");
  public static final ProcessVariable<String> EMAIL = string("email");
  public static final ProcessVariable<String> DEPARTMENT = string("department");
  /** team-lead, head-of-department, director or board. */
  public static final ProcessVariable<String> MANAGEMENT_LEVEL = string("managementLevel");
  public static final ProcessVariable<Integer> BIRTH_YEAR = integer("birthYear");
  /** Topic codes, most wanted first, sent as a JSON array. */
  public static final ProcessVariable<List<String>> TOPICS = textList("topics");
  /** "de" or "en". */
  public static final ProcessVariable<String> LANGUAGE = string("language");
  public static final ProcessVariable<String> LOCATION = string("location");
  /** Weekly slots such as TUE-AM, sent as a JSON array. */
  public static final ProcessVariable<List<String>> AVAILABILITY = textList("availability");
  /** Emails, sent as a JSON array (or, from the form, separated by commas); may be empty. */
  public static final ProcessVariable<List<String>> EXCLUSIONS = textList("exclusions");

  /** Personal data of the start form; the domain tables keep it, the process drops it. */
  public static final List<ProcessVariable<?>> PERSONAL_FORM_FIELDS = List.of(
      FIRST_NAME, LAST_NAME, EMAIL, DEPARTMENT, MANAGEMENT_LEVEL, BIRTH_YEAR, TOPICS, LANGUAGE,
      LOCATION, AVAILABILITY, EXCLUSIONS);

  // set by "Register enrollment"
  /** Id of the mentee record. */
  public static final ProcessVariable<Long> MENTEE_ID = longValue("menteeId");
  /** RME-2026-0001, also the business key. */
  public static final ProcessVariable<String> MENTEE_NUMBER = string("menteeNumber");
  /**
   * What the coordinator reads before confirming: a read-only field the form shows in the
   * reader's language ({@code process.EnrollmentSummaryText}); instances started before 0.2 hold it in English.
   */
  public static final ProcessVariable<String> ENROLLMENT_SUMMARY = string("enrollmentSummary");

  // decision
  /** "confirm" or "decline". */
  public static final ProcessVariable<String> ENROLLMENT_DECISION = string("enrollmentDecision");
  /** Why, shown to the executive if declined. */
  public static final ProcessVariable<String> DECISION_REASON = string("decisionReason");
  /** Place on the waitlist after confirmation. */
  public static final ProcessVariable<Integer> WAITLIST_POSITION = integer("waitlistPosition");

  private EnrollmentVariables() {
  }
}
