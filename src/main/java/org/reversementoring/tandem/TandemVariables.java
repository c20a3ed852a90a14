package org.reversementoring.tandem;

import static org.reversementoring.common.ProcessVariable.bool;
import static org.reversementoring.common.ProcessVariable.integer;
import static org.reversementoring.common.ProcessVariable.longValue;
import static org.reversementoring.common.ProcessVariable.string;

import java.util.List;
import org.reversementoring.common.ProcessVariable;

/**
 * Process variables of {@code tandem-lifecycle} and {@code assign-substitute-mentor} with their
 * types, one place for delegates, forms and tests. What a person submits (a form or a REST
 * caller) is read leniently by name through {@code VariableValues}, where a number may come as a
 * text; what the program stores has the type declared here.
 */
public final class TandemVariables {

  public static final String PROCESS_KEY = "tandem-lifecycle";

  // set by tandem-matching when it starts the instance; the business key is the tandem number
  /** Id of the tandem record. */
  public static final ProcessVariable<Long> TANDEM_ID = longValue("tandemId");

  // kickoff: set by "Plan kickoff at first shared slot"
  /** Camunda user id of the mentor, assignee of "Agree goals and cadence". */
  public static final ProcessVariable<String> MENTOR_USER_ID = string("mentorUserId");
  /** Camunda user id of the mentee, assignee of "Confirm kickoff". */
  public static final ProcessVariable<String> MENTEE_USER_ID = string("menteeUserId");
  /** Whether mentor and mentee share a weekly slot; without one the organizers agree a kickoff date. */
  public static final ProcessVariable<Boolean> SHARED_SLOT = bool("sharedSlot");

  // the program organizers' tasks (agree a kickoff date, chase a missing log, re-plan a session)
  /**
   * Task-local on each organizers' task: which brief it needs ({@code kickoff-date},
   * {@code missing-log} or {@code replan}), from which its form and mail make the brief in their
   * reader's language.
   */
  public static final ProcessVariable<String> ORGANIZER_BRIEF_KIND = string("organizerBriefKind");
  /**
   * The organizers' forms' read-only field with what they need to act, in words (names, addresses,
   * weekly slots, dates), made when the form is read; tasks created before stored it in English.
   * Personal.
   */
  public static final ProcessVariable<String> ORGANIZER_BRIEF = string("organizerBrief");
  /** Form agree-kickoff-date: the kickoff's date and time (local in the program's zone, or with an offset). */
  public static final ProcessVariable<String> KICKOFF_START = string("kickoffStart");
  /** Form chase-session-log: {@code reached} (a week more) or {@code unreachable} (hand over to the coordinators). */
  public static final ProcessVariable<String> CHASE_OUTCOME = string("chaseOutcome");
  /** Form replan-session: the replacement session's date and time, after the last planned session. */
  public static final ProcessVariable<String> REPLACEMENT_START = string("replacementStart");
  /** Position of the replacement session the organizers planned, for its invitation. */
  public static final ProcessVariable<Integer> REPLACEMENT_POSITION = integer("replacementPosition");

  // kickoff: form agree-goals-and-cadence (the mentor); stored on the tandem record, normalised
  /** 2-4 goals, one per line; personal, never in history. */
  public static final ProcessVariable<String> GOALS = string("goals");
  /** 1-4: weeks between sessions, default 2. */
  public static final ProcessVariable<Integer> CADENCE_WEEKS = integer("cadenceWeeks");
  /** 1-12: sessions planned, default 4. */
  public static final ProcessVariable<Integer> SESSION_COUNT = integer("sessionCount");
  /** 30-120: minutes per session, default 60. */
  public static final ProcessVariable<Integer> SESSION_MINUTES = integer("sessionMinutes");
  /** One yyyy-mm-dd..yyyy-mm-dd range per line, may be empty; personal, never in history. */
  public static final ProcessVariable<String> SKIP_PERIODS = string("skipPeriods");
  /** Task-local on "Agree goals and cadence": what the mentee asked to change; personal. */
  public static final ProcessVariable<String> REQUESTED_CHANGES = string("requestedChanges");

  // kickoff: form confirm-kickoff (the mentee)
  /**
   * Read-only on "Confirm kickoff": the agreement in words, in the reader's language
   * ({@code process.KickoffSummaryText}); tasks created before 0.2 hold it task-local; personal.
   */
  public static final ProcessVariable<String> KICKOFF_SUMMARY = string("kickoffSummary");
  /** {@link #CONFIRM} or {@link #ASK_FOR_CHANGES}. */
  public static final ProcessVariable<String> KICKOFF_DECISION = string("kickoffDecision");
  public static final String CONFIRM = "confirm";
  public static final String ASK_FOR_CHANGES = "changes";
  /** What the mentee wants changed (required when asking for changes); personal. */
  public static final ProcessVariable<String> KICKOFF_COMMENT = string("kickoffComment");

  // sessions: set by "Take up next session" for the timers and mails of the current session
  /** Position (1, 2, ...) of the session the loop is at. */
  public static final ProcessVariable<Integer> SESSION_POSITION = integer("sessionPosition");
  /** ISO-8601 instant: when the reminder with the calendar update goes out (timer). */
  public static final ProcessVariable<String> SESSION_REMINDER_AT = string("sessionReminderAt");
  /** ISO-8601 instant: when the session's planned time is over (timer). */
  public static final ProcessVariable<String> SESSION_ENDS_AT = string("sessionEndsAt");
  /** Set after a session is logged and rated: whether planned sessions remain. */
  public static final ProcessVariable<Boolean> MORE_SESSIONS = bool("moreSessions");

  // sessions: form log-session (the mentor); stored on the session record, removed from the process
  /** "yes"/"no" as the form sends it; a REST caller may send a Boolean, so it is read as text. */
  public static final ProcessVariable<String> SESSION_HELD = string("sessionHeld");
  /** 5-240: minutes actually held; required when held. */
  public static final ProcessVariable<Integer> HELD_MINUTES = integer("heldMinutes");
  /** Topic codes covered (content.TopicCatalogue), comma-separated or a JSON array; at least one when held. */
  public static final ProcessVariable<String> SESSION_TOPICS = string("sessionTopics");
  /** Short notes, optional, at most 2000 characters; personal, never in history. */
  public static final ProcessVariable<String> SESSION_NOTES = string("sessionNotes");
  /** Not held, and the tandem asks the organizers for a replacement date (the form's checkbox; checked on completion). */
  public static final ProcessVariable<Boolean> REPLACEMENT_WANTED = bool("replacementWanted");
  /** The answers of "Log session"; they leave the process once stored. */
  public static final List<ProcessVariable<?>> SESSION_LOG_ANSWERS = List.of(SESSION_HELD, HELD_MINUTES,
      SESSION_TOPICS, SESSION_NOTES);
  /**
   * Set when a log is stored: its session's position. The chase of a missing log ends as soon as it
   * names the session being chased (conditional event "Session logged").
   */
  public static final ProcessVariable<Integer> LOGGED_SESSION = integer("loggedSession");

  // sessions: form rate-session (the mentee)
  /** 1-5. */
  public static final ProcessVariable<Integer> SESSION_RATING = integer("sessionRating");
  /** Optional comment, at most 2000 characters; personal, never in history. */
  public static final ProcessVariable<String> RATING_COMMENT = string("ratingComment");
  /** The answers of "Rate session"; they leave the process once stored. */
  public static final List<ProcessVariable<?>> SESSION_RATING_ANSWERS = List.of(SESSION_RATING, RATING_COMMENT);

  // silent tandem: form follow-up-tandem (coordinators), after the organizers' chase of a missing log
  /** {@link #RESUME}, {@link #PAUSE} or {@link #END_TANDEM}. */
  public static final ProcessVariable<String> FOLLOW_UP_DECISION = string("followUpDecision");
  public static final String RESUME = "resume";
  public static final String END_TANDEM = "end";
  public static final String PAUSE = "pause";
  /** 1-8: weeks the sessions after the silent one move by when the coordinators pause the tandem. */
  public static final ProcessVariable<Integer> PAUSE_WEEKS = integer("pauseWeeks");
  /** The coordinator's note, required when ending; the end reason. Personal, never in history. */
  public static final ProcessVariable<String> FOLLOW_UP_NOTE = string("followUpNote");

  // mid-program check-in: form mid-program-check-in (the mentor's training supervisor)
  /** Set on completing "Log session" and "Rate session": half the sessions are logged, no check-in yet. */
  public static final ProcessVariable<Boolean> CHECK_IN_DUE = bool("checkInDue");
  /** Camunda user id of the mentor's training supervisor, assignee of the check-in. */
  public static final ProcessVariable<String> SUPERVISOR_USER_ID = string("supervisorUserId");
  /** ON_TRACK, SOME_CONCERNS or NEEDS_HELP. */
  public static final ProcessVariable<String> CHECK_IN_ASSESSMENT = string("checkInAssessment");
  /** Optional comment, at most 2000 characters; personal, never in history. */
  public static final ProcessVariable<String> CHECK_IN_COMMENT = string("checkInComment");

  // mentor unavailable: message SubstituteMentor (a coordinator, over REST) with this variable
  /** Message name that starts the event subprocess "Mentor unavailable". */
  public static final String SUBSTITUTE_MESSAGE = "SubstituteMentor";
  /** Id of the qualified mentor who takes over the remaining sessions. */
  public static final ProcessVariable<Long> SUBSTITUTE_MENTOR_ID = longValue("substituteMentorId");

  // process "assign-substitute-mentor", the Tasklist way to send SUBSTITUTE_MESSAGE
  public static final String SUBSTITUTION_PROCESS_KEY = "assign-substitute-mentor";
  /** The tandem number, also the business key. */
  public static final ProcessVariable<String> SUBSTITUTION_TANDEM_NUMBER = string("tandemNumber");
  /** The substitute's email. */
  public static final ProcessVariable<String> SUBSTITUTE_EMAIL = string("substituteEmail");
  /** Id of the mentor the substitute replaced, who gets the calendar cancellation. */
  public static final ProcessVariable<Long> REPLACED_MENTOR_ID = longValue("replacedMentorId");

  // a session moved from the link in the session mails
  /** Message name of the boundary event "Session rescheduled" on "Hold the session". */
  public static final String SESSION_RESCHEDULED_MESSAGE = "SessionRescheduled";

  // early ending at a participant's request: message TandemEndRequested from the link in the tandem mails
  /** Message name that starts the event subprocess "Early ending requested". */
  public static final String END_REQUEST_MESSAGE = "TandemEndRequested";
  /** "mentor" or "mentee": who asked to end the tandem. */
  public static final ProcessVariable<String> END_REQUESTED_BY = string("endRequestedBy");
  /** Why they asked, at most 2000 characters; personal, never in history. */
  public static final ProcessVariable<String> END_REQUEST_REASON = string("endRequestReason");
  /** {@link #END_TANDEM}, {@link #CONTINUE_TANDEM} or {@link #REMATCH}; form clarify-early-ending (coordinators). */
  public static final ProcessVariable<String> EARLY_ENDING_DECISION = string("earlyEndingDecision");
  public static final String CONTINUE_TANDEM = "continue";
  public static final String REMATCH = "rematch";
  /** The coordinator's note, optional, at most 2000 characters; the end reason. Personal, never in history. */
  public static final ProcessVariable<String> EARLY_ENDING_NOTE = string("earlyEndingNote");

  // closing: out-variables of the call activity "Close the tandem" (process tandem-closing)
  /** {@link #EXTEND} or {@link #CLOSE}. */
  public static final ProcessVariable<String> CLOSING_DECISION = string("closingDecision");
  public static final String EXTEND = "extend";
  public static final String CLOSE = "close";
  /** Sessions to add when the tandem is extended. */
  public static final ProcessVariable<Integer> EXTRA_SESSIONS = integer("extraSessions");

  private TandemVariables() {
  }
}
