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

  // sessions: set by "Take up next session" for the timers and mails of the current session
  /** Integer: position (1, 2, ...) of the session the loop is at. */
  public static final String SESSION_POSITION = "sessionPosition";
  /** String, ISO-8601 instant: when the reminder with the calendar update goes out (timer). */
  public static final String SESSION_REMINDER_AT = "sessionReminderAt";
  /** String, ISO-8601 instant: when the session's planned time is over (timer). */
  public static final String SESSION_ENDS_AT = "sessionEndsAt";
  /** Boolean: set after a session is logged and rated; whether planned sessions remain. */
  public static final String MORE_SESSIONS = "moreSessions";

  // sessions: form log-session (the mentor); stored on the session record, removed from the process
  /** String "yes"/"no" (or Boolean): whether the session took place. */
  public static final String SESSION_HELD = "sessionHeld";
  /** Integer 5-240: minutes actually held; required when held. */
  public static final String HELD_MINUTES = "heldMinutes";
  /** String: topic codes covered (common.Topic), comma-separated; at least one when held. */
  public static final String SESSION_TOPICS = "sessionTopics";
  /** String: short notes, optional, at most 2000 characters; personal, never in history. */
  public static final String SESSION_NOTES = "sessionNotes";

  // sessions: form rate-session (the mentee)
  /** Integer 1-5. */
  public static final String SESSION_RATING = "sessionRating";
  /** String: optional comment, at most 2000 characters; personal, never in history. */
  public static final String RATING_COMMENT = "ratingComment";

  // silent tandem: form follow-up-tandem (coordinators), 21 days without a log
  /** String: {@link #RESUME} or {@link #END_TANDEM}. */
  public static final String FOLLOW_UP_DECISION = "followUpDecision";
  public static final String RESUME = "resume";
  public static final String END_TANDEM = "end";
  public static final String PAUSE = "pause";
  /** Integer 1-8: weeks the sessions after the silent one move by when the coordinators pause the tandem. */
  public static final String PAUSE_WEEKS = "pauseWeeks";
  /** String: the coordinator's note, required when ending; the end reason. Personal, never in history. */
  public static final String FOLLOW_UP_NOTE = "followUpNote";

  // mid-program check-in: form mid-program-check-in (the mentor's training supervisor)
  /** Boolean: set on completing "Log session" and "Rate session"; half the sessions are logged, no check-in yet. */
  public static final String CHECK_IN_DUE = "checkInDue";
  /** String: Camunda user id of the mentor's training supervisor, assignee of the check-in. */
  public static final String SUPERVISOR_USER_ID = "supervisorUserId";
  /** String: ON_TRACK, SOME_CONCERNS or NEEDS_HELP. */
  public static final String CHECK_IN_ASSESSMENT = "checkInAssessment";
  /** String: optional comment, at most 2000 characters; personal, never in history. */
  public static final String CHECK_IN_COMMENT = "checkInComment";

  // mentor unavailable: message SubstituteMentor (a coordinator, over REST) with this variable
  /** Message name that starts the event subprocess "Mentor unavailable". */
  public static final String SUBSTITUTE_MESSAGE = "SubstituteMentor";
  /** Long: id of the qualified mentor who takes over the remaining sessions. */
  public static final String SUBSTITUTE_MENTOR_ID = "substituteMentorId";

  // process "assign-substitute-mentor", the Tasklist way to send SUBSTITUTE_MESSAGE
  public static final String SUBSTITUTION_PROCESS_KEY = "assign-substitute-mentor";
  /** String: the tandem number, also the business key. */
  public static final String SUBSTITUTION_TANDEM_NUMBER = "tandemNumber";
  /** String: the substitute's email. */
  public static final String SUBSTITUTE_EMAIL = "substituteEmail";
  /** Long: id of the mentor the substitute replaced, who gets the calendar cancellation. */
  public static final String REPLACED_MENTOR_ID = "replacedMentorId";

  // early ending at a participant's request: message TandemEndRequested from the link in the tandem mails
  /** Message name that starts the event subprocess "Early ending requested". */
  public static final String END_REQUEST_MESSAGE = "TandemEndRequested";
  /** String "mentor" or "mentee": who asked to end the tandem. */
  public static final String END_REQUESTED_BY = "endRequestedBy";
  /** String: why they asked, at most 2000 characters; personal, never in history. */
  public static final String END_REQUEST_REASON = "endRequestReason";
  /** String: {@link #END_TANDEM}, {@link #CONTINUE_TANDEM} or {@link #REMATCH}; form clarify-early-ending (coordinators). */
  public static final String EARLY_ENDING_DECISION = "earlyEndingDecision";
  public static final String CONTINUE_TANDEM = "continue";
  public static final String REMATCH = "rematch";
  /** String: the coordinator's note, optional, at most 2000 characters; the end reason. Personal, never in history. */
  public static final String EARLY_ENDING_NOTE = "earlyEndingNote";

  // closing: out-variables of the call activity "Close the tandem" (process tandem-closing)
  /** String: {@link #EXTEND} or {@link #CLOSE}. */
  public static final String CLOSING_DECISION = "closingDecision";
  public static final String EXTEND = "extend";
  public static final String CLOSE = "close";
  /** Integer: sessions to add when the tandem is extended. */
  public static final String EXTRA_SESSIONS = "extraSessions";

  private TandemVariables() {
  }
}
