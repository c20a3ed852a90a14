package org.reversementoring.content;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the topic catalogue or the Academy module list, each checked (a refusal names the
 * field and changes nothing) and recorded in the {@link ContentHistory}. Keys never change; an item
 * is retired, not deleted, and stays in the records that name it.
 */
@Transactional
public class CatalogueEditing<T extends CatalogueItem, I extends CatalogueInput<T>> {

  /**
   * What sets one list apart: its kind in the history, the page's name for the key, how an item is
   * made (key, sort order) and how a taken or an unknown key is refused ({@code %s}: the key).
   */
  record Setup<T>(ContentKind kind, String keyField, BiFunction<String, Integer, T> factory, String taken,
      String unknown) {
  }

  private final Setup<T> setup;
  private final CatalogueRepository<T> items;
  private final ContentHistory history;

  CatalogueEditing(Setup<T> setup, CatalogueRepository<T> items, ContentHistory history) {
    this.setup = setup;
    this.items = items;
    this.history = history;
  }

  public T add(String userId, I input) {
    Checks checks = new Checks();
    String key = checks.code(setup.keyField(), input.key());
    Wording names = input.names(checks);
    Consumer<T> details = input.details(checks);
    if (key != null && items.existsById(key)) {
      checks.refuse(setup.keyField(), setup.taken().formatted(key));
    }
    checks.uniqueNames(names, null, items.findAll());
    checks.refuseIfAny();
    T item = setup.factory().apply(key, items.lastSortOrder() + 1);
    item.name(names);
    details.accept(item);
    items.save(item);
    history.record(userId, setup.kind(), key, ContentAction.ADDED, null, item.state());
    return item;
  }

  public T change(String userId, String key, I input) {
    T item = existing(key);
    Checks checks = new Checks();
    Wording names = input.names(checks);
    Consumer<T> details = input.details(checks);
    checks.uniqueNames(names, key, items.findAll());
    checks.refuseIfAny();
    Map<String, Object> before = item.state();
    item.name(names);
    details.accept(item);
    history.record(userId, setup.kind(), key, ContentAction.CHANGED, before, item.state());
    return item;
  }

  /** No longer offered in forms and new cohorts; the records that name it keep its name. */
  public T retire(String userId, String key) {
    return setRetired(userId, existing(key), true);
  }

  public T reinstate(String userId, String key) {
    return setRetired(userId, existing(key), false);
  }

  /** The last offered item cannot go, as forms and cohorts need at least one. */
  private T setRetired(String userId, T item, boolean retired) {
    if (item.isRetired() == retired) {
      throw Checks.refusal(setup.keyField(),
          "'" + item.key() + "' is " + (retired ? "retired" : "offered") + " already");
    }
    if (retired && items.findAll().stream().filter(other -> !other.isRetired()).count() == 1) {
      throw Checks.refusal(setup.keyField(), "'" + item.key() + "' is the last one offered; add another first");
    }
    Map<String, Object> before = item.state();
    item.setRetired(retired);
    history.record(userId, setup.kind(), item.key(), retired ? ContentAction.RETIRED : ContentAction.REINSTATED,
        before, item.state());
    return item;
  }

  private T existing(String key) {
    return items.findById(key == null ? "" : key)
        .orElseThrow(() -> Checks.refusal(setup.keyField(), setup.unknown().formatted(key)));
  }
}
