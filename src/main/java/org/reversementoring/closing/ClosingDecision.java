package org.reversementoring.closing;

import static org.reversementoring.closing.ClosingVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.common.VariableValues;

/**
 * The coordinator's "Extend or close", checked: extend by 1-8 sessions, or close; the closing
 * note is optional, at most 2,000 characters. Closing sets the extra sessions to 0.
 */
public record ClosingDecision(String decision, int extraSessions, String note) {

  public static final int MAX_EXTRA_SESSIONS = 8;

  public static ClosingDecision of(VariableValues values) {
    List<FieldError> errors = new ArrayList<>();
    String decision = values.text(CLOSING_DECISION.name());
    if (!EXTEND.equals(decision) && !CLOSE.equals(decision)) {
      errors.add(new FieldError(CLOSING_DECISION.name(), "must be one of " + EXTEND + ", " + CLOSE));
    }
    int extra = 0;
    if (EXTEND.equals(decision)) {
      try {
        Integer sessions = values.wholeNumber(EXTRA_SESSIONS.name());
        if (sessions == null || sessions < 1 || sessions > MAX_EXTRA_SESSIONS) {
          errors.add(new FieldError(EXTRA_SESSIONS.name(), "must be between 1 and " + MAX_EXTRA_SESSIONS + " when extending"));
        } else {
          extra = sessions;
        }
      } catch (RejectedInputException e) {
        errors.addAll(e.errors());
      }
    }
    String note = values.text(CLOSING_NOTE.name());
    note = note == null || note.isBlank() ? null : note;
    if (note != null && note.length() > FeedbackAnswer.MAX_TEXT) {
      errors.add(new FieldError(CLOSING_NOTE.name(), "must be at most " + FeedbackAnswer.MAX_TEXT + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new RejectedInputException(errors);
    }
    return new ClosingDecision(decision, extra, note);
  }

  public boolean extend() {
    return EXTEND.equals(decision);
  }
}
