package org.reversementoring.common;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Last number handed out per prefix and year, e.g. RMA-2026. */
@Entity
@Table(name = "reference_counter")
class ReferenceCounter {

  @Id
  @Column(name = "counter_key", length = 40)
  private String key;

  @Column(name = "last_value", nullable = false)
  private int lastValue;

  protected ReferenceCounter() {
  }

  int next() {
    return ++lastValue;
  }
}
