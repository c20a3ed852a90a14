package org.reversementoring.common;

/** The one rule for email addresses in forms: something, an @ sign, a domain with a dot. */
public final class EmailAddress {

  /** For {@code @Email(regexp = ...)}: stricter than Bean Validation's default. */
  public static final String PATTERN = "^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$";

  private EmailAddress() {
  }
}
