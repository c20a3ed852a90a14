package org.reversementoring.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reversementoring.common.Language;

/** A short piece of program news, shown on every participant's program page. */
@Entity
@Table(name = "program_news")
public class NewsItem extends Notice {

  @Column(name = "text_en", nullable = false, length = NoticeInput.MAX_NEWS)
  private String textEn;

  @Column(name = "text_de", nullable = false, length = NoticeInput.MAX_NEWS)
  private String textDe;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  protected NewsItem() {
  }

  NewsItem(Instant publishedAt) {
    this.publishedAt = publishedAt;
  }

  void write(Wording text) {
    this.textEn = text.en();
    this.textDe = text.de();
  }

  public String getTextEn() {
    return textEn;
  }

  public String getTextDe() {
    return textDe;
  }

  public String text(Language language) {
    return language == Language.DE ? textDe : textEn;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  @Override
  public Map<String, Object> state() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("textEn", textEn);
    state.put("textDe", textDe);
    state.put("publishedAt", publishedAt.toString());
    return state;
  }
}
