package org.reversementoring.closing;

/**
 * Process variables of {@code tandem-closing}, one place for delegates, forms and tests. The
 * lifecycle calls the process with {@link #TANDEM_ID} and reads back {@link #CLOSING_DECISION} and
 * {@link #EXTRA_SESSIONS} (the same names stand in {@code tandem.TandemVariables}).
 */
public final class ClosingVariables {

  public static final String PROCESS_KEY = "tandem-closing";

  /** Long: id of the tandem record (in-variable of the call activity). */
  public static final String TANDEM_ID = "tandemId";

  // set by "Prepare closing"
  /** String: Camunda user id of the mentor, assignee of the mentor's "Give final feedback". */
  public static final String MENTOR_USER_ID = "mentorUserId";
  /** String: Camunda user id of the mentee, assignee of the mentee's "Give final feedback". */
  public static final String MENTEE_USER_ID = "menteeUserId";
  /** Boolean: the mentor gave final feedback in this round. */
  public static final String MENTOR_ANSWERED = "mentorAnswered";
  /** Boolean: the mentee gave final feedback in this round. */
  public static final String MENTEE_ANSWERED = "menteeAnswered";

  // form give-final-feedback (mentor and mentee alike); stored in final_feedback, then removed
  /** Integer 1-5. */
  public static final String OVERALL_RATING = "overallRating";
  /** String, at most 2,000 characters; personal. */
  public static final String LEARNED = "learned";
  /** "yes"/"no" or Boolean. */
  public static final String WOULD_RECOMMEND = "wouldRecommend";
  /** "yes"/"no" or Boolean. */
  public static final String WOULD_TAKE_PART_AGAIN = "wouldTakePartAgain";
  /** String, at most 2,000 characters; personal. */
  public static final String FEEDBACK_COMMENT = "feedbackComment";

  // form follow-up-missing-feedback (coordinators, after 7 days)
  /** String, task-local: who has not answered yet, in words; personal. */
  public static final String MISSING_FEEDBACK = "missingFeedback";
  /** String: {@link #KEEP_WAITING} or {@link #GO_ON}. */
  public static final String FOLLOW_UP_DECISION = "followUpDecision";
  public static final String KEEP_WAITING = "wait";
  public static final String GO_ON = "goOn";

  // form extend-or-close (coordinators)
  /** String, task-local: the final feedback in words; personal. */
  public static final String FEEDBACK_SUMMARY = "feedbackSummary";
  /** String: {@link #EXTEND} or {@link #CLOSE} (out-variable of the call activity). */
  public static final String CLOSING_DECISION = "closingDecision";
  public static final String EXTEND = "extend";
  public static final String CLOSE = "close";
  /** Integer: 1-8 sessions more when extending, else 0 (out-variable of the call activity). */
  public static final String EXTRA_SESSIONS = "extraSessions";
  /** String, at most 2,000 characters, stored as the tandem's end reason on closing; personal. */
  public static final String CLOSING_NOTE = "closingNote";

  private ClosingVariables() {
  }
}
