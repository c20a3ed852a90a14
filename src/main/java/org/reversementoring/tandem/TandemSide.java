package org.reversementoring.tandem;

import java.util.Locale;
import java.util.Optional;

/**
 * The two sides of a tandem: whom a mail or a link is for, who asked to end it. Written in lower
 * case where it leaves the program (model fields, link tokens, the variable {@code endRequestedBy}).
 */
public enum TandemSide {
  MENTOR, MENTEE;

  /** {@code mentor} or {@code mentee}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The side of a code, ignoring case; empty for anything else. */
  public static Optional<TandemSide> of(String code) {
    for (TandemSide side : values()) {
      if (side.code().equalsIgnoreCase(code)) {
        return Optional.of(side);
      }
    }
    return Optional.empty();
  }
}
