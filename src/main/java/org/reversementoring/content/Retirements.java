package org.reversementoring.content;

import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Retires and reinstates topics and modules alike: one that is offered stays in the records that
 * name it; the last offered one cannot go, as forms and cohorts need at least one.
 */
@Component
class Retirements {

  private final ContentHistory history;

  Retirements(ContentHistory history) {
    this.history = history;
  }

  <T extends CatalogueItem> T set(String userId, ContentKind kind, String field, T item, boolean retired,
      Collection<? extends CatalogueItem> all) {
    if (item.isRetired() == retired) {
      throw Checks.refusal(field, "'" + item.key() + "' is " + (retired ? "retired" : "offered") + " already");
    }
    if (retired && all.stream().filter(other -> !other.isRetired()).count() == 1) {
      throw Checks.refusal(field, "'" + item.key() + "' is the last one offered; add another first");
    }
    Map<String, Object> before = item.state();
    item.setRetired(retired);
    history.record(userId, kind, item.key(), retired ? ContentAction.RETIRED : ContentAction.REINSTATED, before,
        item.state());
    return item;
  }
}
