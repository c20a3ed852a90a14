package org.reversementoring.closing;

import static org.reversementoring.closing.ClosingVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.common.VariableValues;

/**
 * A final feedback as submitted, checked: overall rating 1-5, what was learned (required) and a
 * comment (optional), each at most 2,000 characters, and both yes/no questions answered.
 */
public record FeedbackAnswer(int overallRating, String learned, boolean wouldRecommend,
    boolean wouldTakePartAgain, String comment) {

  public static final int MAX_TEXT = 2000;

  /** Reads and checks the form's variables; a refusal names every bad field. */
  public static FeedbackAnswer of(VariableValues values) {
    List<FieldError> errors = new ArrayList<>();
    Integer rating = null;
    try {
      rating = values.wholeNumber(OVERALL_RATING.name());
      if (rating == null) {
        errors.add(new FieldError(OVERALL_RATING.name(), "must be given (1 to 5)"));
      } else if (rating < 1 || rating > 5) {
        errors.add(new FieldError(OVERALL_RATING.name(), "must be between 1 and 5"));
      }
    } catch (RejectedInputException e) {
      errors.addAll(e.errors());
    }
    String learned = emptyToNull(values.text(LEARNED.name()));
    if (learned == null) {
      errors.add(new FieldError(LEARNED.name(), "must say what was learned"));
    } else if (learned.length() > MAX_TEXT) {
      errors.add(new FieldError(LEARNED.name(), "must be at most " + MAX_TEXT + " characters"));
    }
    Boolean recommend = yesNo(values.text(WOULD_RECOMMEND.name()), WOULD_RECOMMEND.name(), errors);
    Boolean again = yesNo(values.text(WOULD_TAKE_PART_AGAIN.name()), WOULD_TAKE_PART_AGAIN.name(), errors);
    String comment = emptyToNull(values.text(FEEDBACK_COMMENT.name()));
    if (comment != null && comment.length() > MAX_TEXT) {
      errors.add(new FieldError(FEEDBACK_COMMENT.name(), "must be at most " + MAX_TEXT + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new RejectedInputException(errors);
    }
    return new FeedbackAnswer(rating, learned, recommend, again, comment);
  }

  private static Boolean yesNo(String value, String field, List<FieldError> errors) {
    if (value != null) {
      switch (value.toLowerCase(java.util.Locale.ROOT)) {
        case "yes", "true" -> {
          return true;
        }
        case "no", "false" -> {
          return false;
        }
        default -> {
          // refused below
        }
      }
    }
    errors.add(new FieldError(field, "must be answered yes or no"));
    return null;
  }

  private static String emptyToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
