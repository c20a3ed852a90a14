package org.reversementoring.content;

/** A topic as typed on the content page; the field names are the page's. */
public record TopicInput(String code, String nameEn, String nameDe, String descriptionEn, String descriptionDe) {

  static final int MAX_NAME = 80;
  static final int MAX_DESCRIPTION = 300;

  Wording names(Checks checks) {
    return new Wording(checks.text("nameEn", nameEn, MAX_NAME), checks.text("nameDe", nameDe, MAX_NAME));
  }

  Wording descriptions(Checks checks) {
    return new Wording(checks.text("descriptionEn", descriptionEn, MAX_DESCRIPTION),
        checks.text("descriptionDe", descriptionDe, MAX_DESCRIPTION));
  }
}
