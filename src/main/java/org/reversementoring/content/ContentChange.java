package org.reversementoring.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One recorded change to the program's content: who (the login's user id), when, which item, and
 * the item before and after as JSON (none before an addition, none after a removal).
 */
@Entity
@Table(name = "content_change")
public class ContentChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 64)
  private String changedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ContentKind kind;

  @Column(nullable = false, length = 40)
  private String item;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ContentAction action;

  @Column(name = "before_state", length = 8000)
  private String before;

  @Column(name = "after_state", length = 8000)
  private String after;

  protected ContentChange() {
  }

  ContentChange(Instant changedAt, String changedBy, ContentKind kind, String item, ContentAction action,
      String before, String after) {
    this.changedAt = changedAt;
    this.changedBy = changedBy;
    this.kind = kind;
    this.item = item;
    this.action = action;
    this.before = before;
    this.after = after;
  }

  public Long getId() {
    return id;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public ContentKind getKind() {
    return kind;
  }

  public String getItem() {
    return item;
  }

  public ContentAction getAction() {
    return action;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }
}
