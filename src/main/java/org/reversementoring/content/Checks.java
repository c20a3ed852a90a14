package org.reversementoring.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.RejectedInputException;

/**
 * The checks of one content edit: each names its field; {@link #refuseIfAny} refuses them all at
 * once, before anything is changed. Texts are kept as typed (pages and mails escape them).
 */
final class Checks {

  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  /** Control characters other than line breaks and tabs. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

  private final List<FieldError> errors = new ArrayList<>();

  /** A stable code or key: lower-case letters, digits and single dashes. */
  String code(String field, String value) {
    String code = text(field, value, CatalogueItem.MAX_KEY);
    if (code != null && !CODE.matcher(code).matches()) {
      refuse(field, "must be lower-case letters, digits and dashes, like ai-tools");
      return null;
    }
    return code;
  }

  /** A required text of at most {@code max} characters, stripped, line breaks as {@code \n}. */
  String text(String field, String value, int max) {
    String text = value == null ? "" : value.replace("\r\n", "\n").strip();
    if (text.isEmpty()) {
      refuse(field, "must not be empty");
      return null;
    }
    if (text.length() > max) {
      refuse(field, "must be at most " + max + " characters");
      return null;
    }
    if (CONTROL.matcher(text).find()) {
      refuse(field, "must not contain control characters");
      return null;
    }
    return text;
  }

  Integer number(String field, String value, int min, int max) {
    String expected = "must be a whole number from " + min + " to " + max;
    try {
      int number = Integer.parseInt(value == null ? "" : value.strip());
      if (number < min || number > max) {
        refuse(field, expected);
        return null;
      }
      return number;
    } catch (NumberFormatException e) {
      refuse(field, expected);
      return null;
    }
  }

  /** Two topics or modules with one name would look the same in every form and mail. */
  void uniqueNames(Wording names, String ownKey, Collection<? extends CatalogueItem> all) {
    for (CatalogueItem other : all) {
      if (other.key().equals(ownKey)) {
        continue;
      }
      if (names.en() != null && other.names().en().equalsIgnoreCase(names.en())) {
        refuse("nameEn", "'" + names.en() + "' is already the name of " + other.key());
      }
      if (names.de() != null && other.names().de().equalsIgnoreCase(names.de())) {
        refuse("nameDe", "'" + names.de() + "' is already the name of " + other.key());
      }
    }
  }

  void refuse(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  void refuseIfAny() {
    if (!errors.isEmpty()) {
      throw new RejectedInputException(errors);
    }
  }

  static RejectedInputException refusal(String field, String message) {
    return new RejectedInputException(field, message);
  }
}
