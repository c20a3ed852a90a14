package org.reversementoring.tandem;

import static org.reversementoring.tandem.TandemVariables.*;

import java.util.Optional;
import org.reversementoring.common.RejectedInputException;

/**
 * The mentee's answer to the agreed goals and cadence: confirm them, or ask the mentor for
 * changes and say which. Plain Java.
 */
public record KickoffAnswer(boolean confirmed, String comment) {

  public static final int MAX_COMMENT_LENGTH = 2000;

  /** @throws RejectedInputException naming the refused field */
  public static KickoffAnswer of(String decision, String comment) {
    String text = comment == null ? "" : comment.strip();
    if (!CONFIRM.equals(decision) && !ASK_FOR_CHANGES.equals(decision)) {
      throw new RejectedInputException(KICKOFF_DECISION.name(), "must be one of " + CONFIRM + ", " + ASK_FOR_CHANGES);
    }
    if (text.length() > MAX_COMMENT_LENGTH) {
      throw new RejectedInputException(KICKOFF_COMMENT.name(), "must be at most " + MAX_COMMENT_LENGTH + " characters");
    }
    if (ASK_FOR_CHANGES.equals(decision) && text.isEmpty()) {
      throw new RejectedInputException(KICKOFF_COMMENT.name(), "must say what the mentor should change");
    }
    return new KickoffAnswer(CONFIRM.equals(decision), text.isEmpty() ? null : text);
  }

  /**
   * What the mentee asked the mentor to change, as the mentor sees it on "Agree goals and cadence"
   * again: the comment of an answer asking for changes; empty after a confirmation or before any answer.
   */
  public static Optional<String> changesAskedFor(String decision, String comment) {
    return ASK_FOR_CHANGES.equals(decision) ? Optional.ofNullable(comment) : Optional.empty();
  }
}
