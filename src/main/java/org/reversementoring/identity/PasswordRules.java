package org.reversementoring.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reversementoring.common.FieldError;

/**
 * What a password must be, wherever one is set (activation, change): long enough, not a run of
 * one or two characters or a keyboard sequence, not the person's user id or email, not one of
 * the passwords every guesser tries first. Length counts characters, so "Zoë" counts three.
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;
  private static final int MIN_DIFFERENT_CHARACTERS = 5;
  private static final Set<String> COMMON = Set.of("password", "passwort", "password1", "password123",
      "passwort123", "1234567890", "0123456789", "12345678901", "qwertzuiop", "qwertyuiop", "asdfghjkl",
      "iloveyou", "letmein", "welcome", "willkommen", "sommer", "winter", "mentoring",
      "reversementoring", "hallo123", "geheim", "changeme", "abcdefghij");

  private PasswordRules() {
  }

  /** The refusals for this password, each naming its field; empty when it is acceptable. */
  public static List<FieldError> check(String password, String confirmation, Participant owner) {
    List<FieldError> errors = new ArrayList<>();
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (password == null || password.isBlank() || length < MIN_LENGTH) {
      errors.add(new FieldError("password", "must be at least " + MIN_LENGTH + " characters long"));
    } else if (length > MAX_LENGTH) {
      errors.add(new FieldError("password", "must be at most " + MAX_LENGTH + " characters long"));
    } else if (password.codePoints().distinct().count() < MIN_DIFFERENT_CHARACTERS
        || isSequence(password)) {
      errors.add(new FieldError("password", "must not be a run or sequence of characters"));
    } else if (isCommon(password) || containsOwnName(password, owner)) {
      errors.add(new FieldError("password", "is too easy to guess: do not use your user name, "
          + "your email or a common password"));
    } else if (!password.equals(confirmation)) {
      errors.add(new FieldError("passwordConfirmation", "must repeat the password exactly"));
    }
    return errors;
  }

  private static boolean isCommon(String password) {
    String plain = password.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    return COMMON.contains(plain) || COMMON.stream().anyMatch(common ->
        plain.startsWith(common) && plain.substring(common.length()).matches("\\d{0,4}"));
  }

  private static boolean isSequence(String password) {
    int[] points = password.codePoints().toArray();
    int step = points[1] - points[0];
    if (Math.abs(step) != 1) {
      return false;
    }
    for (int i = 2; i < points.length; i++) {
      if (points[i] - points[i - 1] != step) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsOwnName(String password, Participant owner) {
    if (owner == null) {
      return false;
    }
    String lower = password.toLowerCase(Locale.ROOT);
    String localPart = owner.email() == null ? "" : owner.email().split("@", 2)[0];
    return List.of(owner.userId(), localPart).stream()
        .filter(name -> name != null && name.length() >= 3)
        .anyMatch(name -> lower.contains(name.toLowerCase(Locale.ROOT)));
  }
}
