package org.reversementoring.content;

import java.util.function.Consumer;

/** A topic or a module as typed on the content page; the field names are the page's. */
interface CatalogueInput<T extends CatalogueItem> {

  /** The typed key, used only when adding (keys never change). */
  String key();

  String nameEn();

  String nameDe();

  int maxName();

  default Wording names(Checks checks) {
    return new Wording(checks.text("nameEn", nameEn(), maxName()), checks.text("nameDe", nameDe(), maxName()));
  }

  /** Checks the fields beyond key and names; gives what writes them into an item. */
  Consumer<T> details(Checks checks);
}
