package org.reversementoring.content;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Map;

/** A news item or a question with its answer: numbered by the database, removed when no longer wanted. */
@MappedSuperclass
public abstract class Notice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  public Long getId() {
    return id;
  }

  /** What the change history keeps of it, under the content page's field names. */
  public abstract Map<String, Object> state();
}
