package org.reversementoring.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reversementoring.common.Language;

/**
 * One digital topic of the catalogue. Its code is stable (the integration contract's, stored in
 * applications, enrollments and session logs): a topic is retired, never deleted or renamed in
 * code, so old records and the report keep their names.
 */
@Entity
@Table(name = "topic")
public class CatalogueTopic implements CatalogueItem {

  @Id
  @Column(length = 40)
  private String code;

  @Column(name = "name_en", nullable = false, length = 80)
  private String nameEn;

  @Column(name = "name_de", nullable = false, length = 80)
  private String nameDe;

  @Column(name = "description_en", nullable = false, length = 300)
  private String descriptionEn;

  @Column(name = "description_de", nullable = false, length = 300)
  private String descriptionDe;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean retired;

  protected CatalogueTopic() {
  }

  CatalogueTopic(String code, int sortOrder) {
    this.code = code;
    this.sortOrder = sortOrder;
  }

  void describe(Wording names, Wording descriptions) {
    this.nameEn = names.en();
    this.nameDe = names.de();
    this.descriptionEn = descriptions.en();
    this.descriptionDe = descriptions.de();
  }

  @Override
  public void setRetired(boolean retired) {
    this.retired = retired;
  }

  @Override
  public Wording names() {
    return new Wording(nameEn, nameDe);
  }

  @Override
  public String key() {
    return code;
  }

  public String getCode() {
    return code;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getNameDe() {
    return nameDe;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public String getDescriptionDe() {
    return descriptionDe;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  @Override
  public boolean isRetired() {
    return retired;
  }

  public String name(Language language) {
    return language == Language.DE ? nameDe : nameEn;
  }

  public String description(Language language) {
    return language == Language.DE ? descriptionDe : descriptionEn;
  }

  @Override
  public Map<String, Object> state() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("code", code);
    state.put("nameEn", nameEn);
    state.put("nameDe", nameDe);
    state.put("descriptionEn", descriptionEn);
    state.put("descriptionDe", descriptionDe);
    state.put("retired", retired);
    return state;
  }
}
