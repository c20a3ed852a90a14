package org.reversementoring.common;

import java.util.Locale;
import java.util.Optional;

/** The languages participants can choose for mails and pages. */
public enum Language {
  DE("de"),
  EN("en");

  /** The key of a person's language preference in their account's user info. */
  public static final String USER_INFO_KEY = "language";

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** The greeting name for someone the program knows by address only, e.g. a training supervisor. */
  public String colleague() {
    return this == DE ? "zusammen" : "colleague";
  }

  public static Optional<Language> byCode(String code) {
    for (Language language : values()) {
      if (language.code.equals(code)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
