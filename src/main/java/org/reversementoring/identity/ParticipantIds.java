package org.reversementoring.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Derives a Camunda user id from an email address. Camunda's default user-id whitelist is
 * {@code [a-zA-Z0-9]+}, so the local part is transliterated to ASCII letters and digits.
 */
final class ParticipantIds {

  /** Letters that Unicode decomposition does not reduce to a base letter plus accents. */
  private static final Map<String, String> TRANSLITERATIONS = Map.of(
      "ł", "l", "ß", "ss", "ø", "o", "æ", "ae", "œ", "oe", "đ", "d", "þ", "th", "ı", "i");

  /** ACT_ID_USER.ID_ holds 64 characters; leave room for a numeric suffix. */
  private static final int MAX_BASE_LENGTH = 56;

  private ParticipantIds() {
  }

  /** The id for this email, with a numeric suffix (2, 3, …) when the plain id is taken. */
  static String fromEmail(String email, Predicate<String> taken) {
    String base = baseId(email);
    String id = base;
    for (int suffix = 2; taken.test(id); suffix++) {
      id = base + suffix;
    }
    return id;
  }

  static String baseId(String email) {
    String localPart = email.trim().toLowerCase(Locale.ROOT);
    int at = localPart.lastIndexOf('@');
    if (at >= 0) {
      localPart = localPart.substring(0, at);
    }
    for (Map.Entry<String, String> letter : TRANSLITERATIONS.entrySet()) {
      localPart = localPart.replace(letter.getKey(), letter.getValue());
    }
    String ascii = Normalizer.normalize(localPart, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("[^a-z0-9]", "");
    if (ascii.isEmpty()) {
      return "user";
    }
    return ascii.length() > MAX_BASE_LENGTH ? ascii.substring(0, MAX_BASE_LENGTH) : ascii;
  }
}
