package org.reversementoring.tandem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.content.OfferedTopics;
import org.reversementoring.tandem.TandemVariables;

/**
 * What the mentor logs after a session: held or not, how long, codes of topics the catalogue
 * offers ({@link OfferedTopics}) and short notes. Built only through {@link #of}, which refuses bad input naming
 * every field.
 */
public record SessionLog(boolean held, Integer minutes, List<String> topics, String notes, boolean replacementWanted) {

  public static final int MIN_MINUTES = 5;
  public static final int MAX_MINUTES = 240;
  public static final int MAX_TEXT = 2000;

  public SessionLog {
    topics = List.copyOf(topics);
  }

  /**
   * @param held    "yes"/"no" (the form's radio), or a boolean
   * @param minutes required when held, {@value #MIN_MINUTES} to {@value #MAX_MINUTES}
   * @param topics  topic codes, comma or blank separated; at least one when held
   * @param notes   optional, at most {@value #MAX_TEXT} characters
   * @param replacement "the tandem asks for a replacement date": only for a session not held
   * @param offered the topics the catalogue offers now
   */
  public static SessionLog of(Object held, Integer minutes, List<String> topics, String notes, Object replacement,
      OfferedTopics offered) {
    List<FieldError> errors = new ArrayList<>();
    Boolean wasHeld = yesNo(held);
    if (wasHeld == null) {
      errors.add(new FieldError(TandemVariables.SESSION_HELD.name(), "must be yes or no"));
    }
    List<String> codes = new ArrayList<>(new LinkedHashSet<>(topics == null ? List.of()
        : topics.stream().map(String::strip).filter(t -> !t.isEmpty()).map(t -> t.toLowerCase(Locale.ROOT)).toList()));
    for (String code : codes) {
      offered.refusal(List.of(code))
          .ifPresent(refusal -> errors.add(new FieldError(TandemVariables.SESSION_TOPICS.name(), refusal)));
    }
    if (Boolean.TRUE.equals(wasHeld)) {
      if (minutes == null) {
        errors.add(new FieldError(TandemVariables.HELD_MINUTES.name(), "must be given when the session was held"));
      } else if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
        errors.add(new FieldError(TandemVariables.HELD_MINUTES.name(), "must be between " + MIN_MINUTES + " and " + MAX_MINUTES));
      }
      if (codes.isEmpty()) {
        errors.add(new FieldError(TandemVariables.SESSION_TOPICS.name(), "must name at least one topic when the session was held"));
      }
    }
    String text = notes == null || notes.isBlank() ? null : notes.strip();
    if (text != null && text.length() > MAX_TEXT) {
      errors.add(new FieldError(TandemVariables.SESSION_NOTES.name(), "must be at most " + MAX_TEXT + " characters"));
    }
    Boolean replacementWanted = replacement == null ? Boolean.FALSE : yesNo(replacement);
    if (replacementWanted == null) {
      errors.add(new FieldError(TandemVariables.REPLACEMENT_WANTED.name(), "must be true or false"));
    } else if (replacementWanted && Boolean.TRUE.equals(wasHeld)) {
      errors.add(new FieldError(TandemVariables.REPLACEMENT_WANTED.name(), "only for a session that was not held"));
    }
    if (!errors.isEmpty()) {
      throw new RejectedInputException(errors);
    }
    return wasHeld ? new SessionLog(true, minutes, codes, text, false)
        : new SessionLog(false, null, codes, text, replacementWanted);
  }

  /** The mentee's rating of a session: 1 to 5 and an optional comment. */
  public record Rating(int rating, String comment) {

    public static Rating of(Integer rating, String comment) {
      List<FieldError> errors = new ArrayList<>();
      if (rating == null || rating < 1 || rating > 5) {
        errors.add(new FieldError(TandemVariables.SESSION_RATING.name(), "must be between 1 and 5"));
      }
      String text = comment == null || comment.isBlank() ? null : comment.strip();
      if (text != null && text.length() > MAX_TEXT) {
        errors.add(new FieldError(TandemVariables.RATING_COMMENT.name(), "must be at most " + MAX_TEXT + " characters"));
      }
      if (!errors.isEmpty()) {
        throw new RejectedInputException(errors);
      }
      return new Rating(rating, text);
    }
  }

  private static Boolean yesNo(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value == null) {
      return null;
    }
    return switch (value.toString().strip().toLowerCase(Locale.ROOT)) {
      case "yes", "true" -> Boolean.TRUE;
      case "no", "false" -> Boolean.FALSE;
      default -> null;
    };
  }
}
