package org.reversementoring.academy;

import static org.reversementoring.common.ProcessVariable.bool;
import static org.reversementoring.common.ProcessVariable.integer;
import static org.reversementoring.common.ProcessVariable.longValue;
import static org.reversementoring.common.ProcessVariable.string;

import org.reversementoring.common.ProcessVariable;
import org.reversementoring.recruitment.RecruitmentVariables;

/**
 * Process variables of {@code academy-qualification} and {@code plan-academy-cohort} with their
 * types, one place for delegates, listeners, mails, forms and tests.
 */
public final class AcademyVariables {

  public static final String PROCESS_KEY = "academy-qualification";
  public static final String PLAN_PROCESS_KEY = "plan-academy-cohort";
  /** Wakes every qualification waiting for a cohort with a free seat. */
  public static final String COHORT_PLANNED_MESSAGE = "AcademyCohortPlanned";

  // academy-qualification
  /**
   * Id of the mentor's application: {@code mentor-recruitment} passes its variable into the call
   * activity, so it is the same declaration.
   */
  public static final ProcessVariable<Long> APPLICATION_ID = RecruitmentVariables.APPLICATION_ID;
  /** The seat held; null while no cohort has a free seat. */
  public static final ProcessVariable<Long> ENROLLMENT_ID = longValue("enrollmentId");
  /** Shown to the trainer; personal, never in history. */
  public static final ProcessVariable<String> MENTOR_NAME = string("mentorName");
  /** Element of the module loop. */
  public static final ProcessVariable<String> MODULE_KEY = string("moduleKey");
  /** The module's name, shown to the trainer on the result task (task-local). */
  public static final ProcessVariable<String> MODULE_NAME = string("moduleName");
  /** The trainer's record of one module, local to its result task. */
  public static final ProcessVariable<Boolean> ATTENDED = bool("attended");
  public static final ProcessVariable<Boolean> PASSED = bool("passed");
  public static final ProcessVariable<String> TRAINER_REMARK = string("trainerRemark");
  /** A {@code QualificationOutcome} name; the model's gateway compares it. */
  public static final ProcessVariable<String> QUALIFICATION_OUTCOME = string("qualificationOutcome");
  /** A failed mentor may try again in a later cohort. */
  public static final ProcessVariable<Boolean> RETAKE_ALLOWED = bool("retakeAllowed");

  // plan-academy-cohort start form
  public static final ProcessVariable<String> COHORT_NAME = string("cohortName");
  public static final ProcessVariable<String> COHORT_LOCATION = string("cohortLocation");
  public static final ProcessVariable<String> TRAINER_NAME = string("trainerName");
  public static final ProcessVariable<String> TRAINER_EMAIL = string("trainerEmail");
  /** 1-100. */
  public static final ProcessVariable<Integer> CAPACITY = integer("capacity");
  /** Local date-time in the program's zone, e.g. 2027-03-01T09:00, or with an offset. */
  public static final ProcessVariable<String> FIRST_MODULE_START = string("firstModuleStart");
  /** 1-60. */
  public static final ProcessVariable<Integer> DAYS_BETWEEN_MODULES = integer("daysBetweenModules");
  /** The cohort created. */
  public static final ProcessVariable<Long> COHORT_ID = longValue("cohortId");

  private AcademyVariables() {
  }
}
