package org.reversementoring.closing;

import static org.reversementoring.common.ProcessVariable.bool;
import static org.reversementoring.common.ProcessVariable.integer;
import static org.reversementoring.common.ProcessVariable.longValue;
import static org.reversementoring.common.ProcessVariable.string;

import java.util.List;
import org.reversementoring.closing.FeedbackRole;
import org.reversementoring.common.ProcessVariable;

/**
 * Process variables of {@code tandem-closing} with their types, one place for delegates, forms
 * and tests. The lifecycle calls the process with {@link #TANDEM_ID} and reads back {@link
 * #CLOSING_DECISION} and {@link #EXTRA_SESSIONS} (the same names stand in {@code
 * tandem.TandemVariables}). Form fields are read leniently ({@code VariableValues}): a form sends
 * a number or a yes/no as a text, a REST caller may send a Number or a Boolean.
 */
public final class ClosingVariables {

  public static final String PROCESS_KEY = "tandem-closing";

  /** Id of the tandem record (in-variable of the call activity). */
  public static final ProcessVariable<Long> TANDEM_ID = longValue("tandemId");

  // set by "Prepare closing"
  /** Camunda user id of the mentor, assignee of the mentor's "Give final feedback". */
  public static final ProcessVariable<String> MENTOR_USER_ID = string("mentorUserId");
  /** Camunda user id of the mentee, assignee of the mentee's "Give final feedback". */
  public static final ProcessVariable<String> MENTEE_USER_ID = string("menteeUserId");
  /** The mentor gave final feedback in this round. */
  public static final ProcessVariable<Boolean> MENTOR_ANSWERED = bool("mentorAnswered");
  /** The mentee gave final feedback in this round. */
  public static final ProcessVariable<Boolean> MENTEE_ANSWERED = bool("menteeAnswered");

  // form give-final-feedback (mentor and mentee alike); stored in final_feedback, then removed
  /** 1-5; the form sends it as a text. */
  public static final ProcessVariable<Integer> OVERALL_RATING = integer("overallRating");
  /** At most 2,000 characters; personal. */
  public static final ProcessVariable<String> LEARNED = string("learned");
  /** "yes"/"no" (a REST caller may send a Boolean). */
  public static final ProcessVariable<String> WOULD_RECOMMEND = string("wouldRecommend");
  /** "yes"/"no" (a REST caller may send a Boolean). */
  public static final ProcessVariable<String> WOULD_TAKE_PART_AGAIN = string("wouldTakePartAgain");
  /** At most 2,000 characters; personal. */
  public static final ProcessVariable<String> FEEDBACK_COMMENT = string("feedbackComment");

  /** The fields of give-final-feedback: they leave the process once the answer is stored. */
  public static final List<ProcessVariable<?>> FINAL_FEEDBACK_FORM = List.of(OVERALL_RATING, LEARNED,
      WOULD_RECOMMEND, WOULD_TAKE_PART_AGAIN, FEEDBACK_COMMENT);

  // form follow-up-missing-feedback (coordinators, after 7 days)
  /**
   * Task-local on "Chase missing feedback" and "Follow up missing feedback" (never set on the
   * process): who has not answered yet, in English words, quoted in the organizers' and
   * coordinators' mails about it; the forms show it in their reader's language
   * ({@code process.MissingFeedbackText}); personal.
   */
  public static final ProcessVariable<String> MISSING_FEEDBACK = string("missingFeedback");
  /** {@link #KEEP_WAITING} or {@link #GO_ON}. */
  public static final ProcessVariable<String> FOLLOW_UP_DECISION = string("followUpDecision");
  public static final String KEEP_WAITING = "wait";
  public static final String GO_ON = "goOn";

  // form chase-missing-feedback (program organizers, after 7 days, before the coordinators)
  /** {@code reached} (they get three more days) or {@code unreachable} (hand over to the coordinators). */
  public static final ProcessVariable<String> CHASE_OUTCOME = string("chaseOutcome");

  // form extend-or-close (coordinators)
  /**
   * Read-only on "Extend or close": the final feedback in words, in the reader's language
   * ({@code process.FeedbackSummaryText}); tasks created before 0.2 hold it task-local in English; personal.
   */
  public static final ProcessVariable<String> FEEDBACK_SUMMARY = string("feedbackSummary");
  /** {@link #EXTEND} or {@link #CLOSE} (out-variable of the call activity). */
  public static final ProcessVariable<String> CLOSING_DECISION = string("closingDecision");
  public static final String EXTEND = "extend";
  public static final String CLOSE = "close";
  /** 1-8 sessions more when extending, else 0 (out-variable of the call activity). */
  public static final ProcessVariable<Integer> EXTRA_SESSIONS = integer("extraSessions");
  /** At most 2,000 characters, stored as the tandem's end reason on closing; personal. */
  public static final ProcessVariable<String> CLOSING_NOTE = string("closingNote");

  /** Free text: kept in final_feedback and the tandem record, never in the engine's history. */
  public static final List<ProcessVariable<?>> PERSONAL = List.of(LEARNED, FEEDBACK_COMMENT, MISSING_FEEDBACK,
      FEEDBACK_SUMMARY, CLOSING_NOTE);

  /** Whether this side gave final feedback in this round. */
  public static ProcessVariable<Boolean> answered(FeedbackRole role) {
    return role == FeedbackRole.MENTOR ? MENTOR_ANSWERED : MENTEE_ANSWERED;
  }

  private ClosingVariables() {
  }
}
