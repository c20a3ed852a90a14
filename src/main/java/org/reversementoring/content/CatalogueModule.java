package org.reversementoring.content;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.Map;

/**
 * One module of the Academy qualification. Its key is stored with cohorts and results, so it
 * never changes; a module no longer taught is retired. New cohorts get the offered modules in
 * their order; planned cohorts keep theirs.
 */
@Entity
@Table(name = "academy_module")
@AttributeOverride(name = "key", column = @Column(name = "module_key", length = CatalogueItem.MAX_KEY))
public class CatalogueModule extends CatalogueItem {

  static final String KEY_FIELD = "key";

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  protected CatalogueModule() {
  }

  CatalogueModule(String key, int sortOrder) {
    super(key, sortOrder);
  }

  void lasts(int durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public String getKey() {
    return key();
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public Duration duration() {
    return Duration.ofMinutes(durationMinutes);
  }

  @Override
  String keyField() {
    return KEY_FIELD;
  }

  @Override
  void details(Map<String, Object> state) {
    state.put("minutes", durationMinutes);
  }
}
