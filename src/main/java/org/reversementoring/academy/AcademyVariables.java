package org.reversementoring.academy;

/** Process variables of {@code academy-qualification} and {@code plan-academy-cohort}. */
public final class AcademyVariables {

  public static final String PROCESS_KEY = "academy-qualification";
  public static final String PLAN_PROCESS_KEY = "plan-academy-cohort";
  /** Wakes every qualification waiting for a cohort with a free seat. */
  public static final String COHORT_PLANNED_MESSAGE = "AcademyCohortPlanned";

  // academy-qualification; applicationId (Long) comes in from mentor-recruitment
  /** Long, or null while no cohort has a free seat. */
  public static final String ENROLLMENT_ID = "enrollmentId";
  /** String: shown to the trainer; personal, never in history. */
  public static final String MENTOR_NAME = "mentorName";
  /** String: element of the module loop. */
  public static final String MODULE_KEY = "moduleKey";
  /** String: the module's name, shown to the trainer on the result task (task-local). */
  public static final String MODULE_NAME = "moduleName";
  /** Booleans and String: the trainer's record of one module, local to its result task. */
  public static final String ATTENDED = "attended";
  public static final String PASSED = "passed";
  public static final String TRAINER_REMARK = "trainerRemark";
  /** String: a {@link QualificationOutcome} name. */
  public static final String QUALIFICATION_OUTCOME = "qualificationOutcome";
  /** Boolean: a failed mentor may try again in a later cohort. */
  public static final String RETAKE_ALLOWED = "retakeAllowed";

  // plan-academy-cohort start form
  public static final String COHORT_NAME = "cohortName";
  public static final String COHORT_LOCATION = "cohortLocation";
  public static final String TRAINER_NAME = "trainerName";
  public static final String TRAINER_EMAIL = "trainerEmail";
  /** Integer 1-100. */
  public static final String CAPACITY = "capacity";
  /** String: local date-time in the program's zone, e.g. 2027-03-01T09:00. */
  public static final String FIRST_MODULE_START = "firstModuleStart";
  /** Integer 1-60. */
  public static final String DAYS_BETWEEN_MODULES = "daysBetweenModules";
  /** Long: the cohort created. */
  public static final String COHORT_ID = "cohortId";

  private AcademyVariables() {
  }
}
