package org.reversementoring.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reversementoring.common.Language;

/**
 * One module of the Academy qualification. Its key is stored with cohorts and results, so it
 * never changes; a module no longer taught is retired. New cohorts get the offered modules in
 * their order; planned cohorts keep theirs.
 */
@Entity
@Table(name = "academy_module")
public class CatalogueModule implements CatalogueItem {

  @Id
  @Column(name = "module_key", length = 40)
  private String key;

  @Column(name = "name_en", nullable = false, length = 100)
  private String nameEn;

  @Column(name = "name_de", nullable = false, length = 100)
  private String nameDe;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean retired;

  protected CatalogueModule() {
  }

  CatalogueModule(String key, int sortOrder) {
    this.key = key;
    this.sortOrder = sortOrder;
  }

  void describe(Wording names, int durationMinutes) {
    this.nameEn = names.en();
    this.nameDe = names.de();
    this.durationMinutes = durationMinutes;
  }

  @Override
  public Wording names() {
    return new Wording(nameEn, nameDe);
  }

  @Override
  public String key() {
    return key;
  }

  public String getKey() {
    return key;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getNameDe() {
    return nameDe;
  }

  public String name(Language language) {
    return language == Language.DE ? nameDe : nameEn;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public Duration duration() {
    return Duration.ofMinutes(durationMinutes);
  }

  public int getSortOrder() {
    return sortOrder;
  }

  @Override
  public boolean isRetired() {
    return retired;
  }

  @Override
  public void setRetired(boolean retired) {
    this.retired = retired;
  }

  @Override
  public Map<String, Object> state() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("key", key);
    state.put("nameEn", nameEn);
    state.put("nameDe", nameDe);
    state.put("minutes", durationMinutes);
    state.put("retired", retired);
    return state;
  }
}
