package org.reversementoring.academy;

import java.time.Duration;
import java.util.Objects;

/**
 * One module of the Academy qualification, as the program keeps it ({@link AcademyModules}).
 *
 * @param key      stable identifier, stored with cohorts and results (lower case, digits, dashes)
 * @param name     what participants read in mails, calendar entries and the certificate
 * @param duration how long one session of the module takes; three hours when not given
 */
public record AcademyModule(String key, String name, Duration duration) {

  static final Duration DEFAULT_DURATION = Duration.ofHours(3);
  private static final String KEY_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
  private static final int MAX_KEY_LENGTH = 40;

  public AcademyModule {
    Objects.requireNonNull(key, "an Academy module needs a key");
    if (!key.matches(KEY_PATTERN) || key.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("Academy module key '" + key
          + "' must be lower-case letters, digits and dashes, at most " + MAX_KEY_LENGTH + " characters");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Academy module '" + key + "' needs a name");
    }
    duration = duration == null ? DEFAULT_DURATION : duration;
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("Academy module '" + key + "' needs a positive duration");
    }
  }
}
