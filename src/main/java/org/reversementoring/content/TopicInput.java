package org.reversementoring.content;

import java.util.function.Consumer;

/** A topic as typed on the content page; the field names are the page's. */
public record TopicInput(String code, String nameEn, String nameDe, String descriptionEn, String descriptionDe)
    implements CatalogueInput<CatalogueTopic> {

  public static final int MAX_NAME = 80;
  public static final int MAX_DESCRIPTION = 300;

  @Override
  public String key() {
    return code;
  }

  @Override
  public int maxName() {
    return MAX_NAME;
  }

  @Override
  public Consumer<CatalogueTopic> details(Checks checks) {
    Wording descriptions = new Wording(checks.text("descriptionEn", descriptionEn, MAX_DESCRIPTION),
        checks.text("descriptionDe", descriptionDe, MAX_DESCRIPTION));
    return topic -> topic.describe(descriptions);
  }
}
