package org.reversementoring.content;

/** An Academy module as typed on the content page; the field names are the page's. */
public record ModuleInput(String key, String nameEn, String nameDe, String minutes) {

  static final int MAX_NAME = 100;
  static final int MIN_MINUTES = 30;
  static final int MAX_MINUTES = 480;

  Wording names(Checks checks) {
    return new Wording(checks.text("nameEn", nameEn, MAX_NAME), checks.text("nameDe", nameDe, MAX_NAME));
  }

  Integer duration(Checks checks) {
    return checks.number("minutes", minutes, MIN_MINUTES, MAX_MINUTES);
  }
}
