package org.reversementoring.content;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;
import org.reversementoring.common.Language;

/**
 * One digital topic of the catalogue. Its code is stable (the integration contract's, stored in
 * applications, enrollments and session logs): a topic is retired, never deleted or renamed in
 * code, so old records and the report keep their names.
 */
@Entity
@Table(name = "topic")
@AttributeOverride(name = "key", column = @Column(name = "code", length = CatalogueItem.MAX_KEY))
public class CatalogueTopic extends CatalogueItem {

  static final String KEY_FIELD = "code";

  @Column(name = "description_en", nullable = false, length = TopicInput.MAX_DESCRIPTION)
  private String descriptionEn;

  @Column(name = "description_de", nullable = false, length = TopicInput.MAX_DESCRIPTION)
  private String descriptionDe;

  protected CatalogueTopic() {
  }

  CatalogueTopic(String code, int sortOrder) {
    super(code, sortOrder);
  }

  void describe(Wording descriptions) {
    this.descriptionEn = descriptions.en();
    this.descriptionDe = descriptions.de();
  }

  public String getCode() {
    return key();
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public String getDescriptionDe() {
    return descriptionDe;
  }

  public String description(Language language) {
    return language == Language.DE ? descriptionDe : descriptionEn;
  }

  @Override
  String keyField() {
    return KEY_FIELD;
  }

  @Override
  void details(Map<String, Object> state) {
    state.put("descriptionEn", descriptionEn);
    state.put("descriptionDe", descriptionDe);
  }
}
