package org.reversementoring.worklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A coordinator who does not want the morning digest. */
@Entity
@Table(name = "morning_digest_opt_out")
class DigestOptOut {

  @Id
  @Column(name = "user_id", length = 64)
  private String userId;

  @Column(name = "opted_out_at", nullable = false)
  private Instant optedOutAt;

  protected DigestOptOut() {
  }

  DigestOptOut(String userId, Instant optedOutAt) {
    this.userId = userId;
    this.optedOutAt = optedOutAt;
  }
}
