package org.reversementoring.content;

import java.util.Map;

/** A topic or an Academy module: known by a stable key, retired instead of deleted. */
interface CatalogueItem {

  String key();

  Wording names();

  boolean isRetired();

  void setRetired(boolean retired);

  /** What the change history keeps of it. */
  Map<String, Object> state();
}
