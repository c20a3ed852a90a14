package org.reversementoring.tandem;

/** Process variables of {@code tandem-lifecycle}, one place for delegates, forms and tests. */
public final class TandemVariables {

  public static final String PROCESS_KEY = "tandem-lifecycle";

  // set by tandem-matching when it starts the instance; the business key is the tandem number
  /** Long: id of the tandem record. */
  public static final String TANDEM_ID = "tandemId";

  // kickoff: set by "Plan kickoff at first shared slot"
  /** String: Camunda user id of the mentor, assignee of "Agree goals and cadence". */
  public static final String MENTOR_USER_ID = "mentorUserId";
  /** String: Camunda user id of the mentee, assignee of "Confirm kickoff". */
  public static final String MENTEE_USER_ID = "menteeUserId";

  // kickoff: form agree-goals-and-cadence (the mentor); stored on the tandem record, normalised
  /** String: 2-4 goals, one per line; personal, never in history. */
  public static final String GOALS = "goals";
  /** Integer 1-4: weeks between sessions, default 2. */
  public static final String CADENCE_WEEKS = "cadenceWeeks";
  /** Integer 1-12: sessions planned, default 4. */
  public static final String SESSION_COUNT = "sessionCount";
  /** Integer 30-120: minutes per session, default 60. */
  public static final String SESSION_MINUTES = "sessionMinutes";
  /** String: one yyyy-mm-dd..yyyy-mm-dd range per line, may be empty; personal, never in history. */
  public static final String SKIP_PERIODS = "skipPeriods";
  /** String, task-local on "Agree goals and cadence": what the mentee asked to change; personal. */
  public static final String REQUESTED_CHANGES = "requestedChanges";

  // kickoff: form confirm-kickoff (the mentee)
  /** String, task-local on "Confirm kickoff": the agreement in words, shown read-only; personal. */
  public static final String KICKOFF_SUMMARY = "kickoffSummary";
  /** String: {@link #CONFIRM} or {@link #ASK_FOR_CHANGES}. */
  public static final String KICKOFF_DECISION = "kickoffDecision";
  public static final String CONFIRM = "confirm";
  public static final String ASK_FOR_CHANGES = "changes";
  /** String: what the mentee wants changed (required when asking for changes); personal. */
  public static final String KICKOFF_COMMENT = "kickoffComment";

  private TandemVariables() {
  }
}
