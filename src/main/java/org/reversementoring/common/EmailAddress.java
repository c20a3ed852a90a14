package org.reversementoring.common;

import java.util.Locale;

/** The one rule for email addresses in forms: something, an @ sign, a domain with a dot. */
public final class EmailAddress {

  /** For {@code @Email(regexp = ...)}: stricter than Bean Validation's default. */
  public static final String PATTERN = "^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$";

  /** How the program stores and looks up an address: without surrounding blanks, in lower case. */
  public static String normalized(String address) {
    return address.strip().toLowerCase(Locale.ROOT);
  }

  private EmailAddress() {
  }
}
