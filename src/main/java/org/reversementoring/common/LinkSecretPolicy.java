package org.reversementoring.common;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What production accepts as link secret: 32 random bytes or more, written as 64 hex digits or
 * at least 43 other characters (base64 of 32 bytes, as {@code openssl rand -base64 32} prints),
 * with enough different characters and no obvious pattern. Passphrases of that length pass; the
 * checks catch placeholders and typing, not every poor choice.
 */
final class LinkSecretPolicy {

  /** The fixed secret the demo profile once shipped with: public, so never acceptable. */
  static final String FORMER_DEMO_SECRET = "demo-link-secret-not-for-production";

  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
  private static final int REPEATED_PART = 12;

  private LinkSecretPolicy() {
  }

  /** Why this secret is too weak for production, or empty when it will do. */
  static Optional<String> weakness(String secret) {
    if (secret == null || secret.isBlank()) {
      return Optional.of("is not set");
    }
    if (secret.contains(FORMER_DEMO_SECRET)) {
      return Optional.of("contains the former demo secret, which is public");
    }
    boolean hex = HEX.matcher(secret).matches();
    int minLength = hex ? 64 : 43;
    if (secret.length() < minLength) {
      return Optional.of("is too short (" + secret.length() + " characters; at least " + minLength
          + (hex ? " hex digits" : ", or 64 hex digits") + ")");
    }
    long distinct = secret.chars().distinct().count();
    int minDistinct = hex ? 10 : 16;
    if (distinct < minDistinct) {
      return Optional.of("has too few different characters (" + distinct + "; at least " + minDistinct + ")");
    }
    if (repeatsAPart(secret)) {
      return Optional.of("repeats a part of " + REPEATED_PART + " characters or more");
    }
    if (mostlyRunsOrSequences(secret)) {
      return Optional.of("is mostly runs or sequences of characters (like aaaa or abcd)");
    }
    return Optional.empty();
  }

  /** Twelve characters seen before: in random text next to impossible, in "secret-secret-..." the rule. */
  private static boolean repeatsAPart(String secret) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i + REPEATED_PART <= secret.length(); i++) {
      if (!seen.add(secret.substring(i, i + REPEATED_PART))) {
        return true;
      }
    }
    return false;
  }

  /** Neighbours equal or one apart: rare in random text (about 1 in 5 for hex), the rule in "aaaa" or "abcd1234". */
  private static boolean mostlyRunsOrSequences(String secret) {
    int steps = 0;
    for (int i = 1; i < secret.length(); i++) {
      if (Math.abs(secret.charAt(i) - secret.charAt(i - 1)) <= 1) {
        steps++;
      }
    }
    return steps * 2 > secret.length() - 1;
  }
}
