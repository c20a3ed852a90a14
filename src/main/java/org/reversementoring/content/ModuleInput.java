package org.reversementoring.content;

import java.util.function.Consumer;

/** An Academy module as typed on the content page; the field names are the page's. */
public record ModuleInput(String key, String nameEn, String nameDe, String minutes)
    implements CatalogueInput<CatalogueModule> {

  public static final int MAX_NAME = 100;
  public static final int MIN_MINUTES = 30;
  public static final int MAX_MINUTES = 480;

  @Override
  public int maxName() {
    return MAX_NAME;
  }

  @Override
  public Consumer<CatalogueModule> details(Checks checks) {
    Integer duration = checks.number("minutes", minutes, MIN_MINUTES, MAX_MINUTES);
    return module -> module.lasts(duration);
  }
}
