package org.reversementoring.content;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reversementoring.common.Language;

/**
 * A topic or an Academy module: known by a stable key (stored in the records that name it), named
 * in both languages, offered in its order, retired instead of deleted.
 */
@MappedSuperclass
public abstract class CatalogueItem {

  public static final int MAX_KEY = 40;

  @Id
  private String key;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "name_de", nullable = false)
  private String nameDe;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean retired;

  protected CatalogueItem() {
  }

  CatalogueItem(String key, int sortOrder) {
    this.key = key;
    this.sortOrder = sortOrder;
  }

  void name(Wording names) {
    this.nameEn = names.en();
    this.nameDe = names.de();
  }

  public String key() {
    return key;
  }

  public Wording names() {
    return new Wording(nameEn, nameDe);
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getNameDe() {
    return nameDe;
  }

  public String name(Language language) {
    return names().in(language);
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isRetired() {
    return retired;
  }

  void setRetired(boolean retired) {
    this.retired = retired;
  }

  /**
   * What the change history keeps of it, under the content page's field names (the page shows
   * it again in the item's edit form).
   */
  public Map<String, Object> state() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put(keyField(), key);
    state.put("nameEn", nameEn);
    state.put("nameDe", nameDe);
    details(state);
    state.put("retired", retired);
    return state;
  }

  /** The content page's name for the key: {@code code} of a topic, {@code key} of a module. */
  abstract String keyField();

  /** Adds what this kind has beyond key and names. */
  abstract void details(Map<String, Object> state);
}
