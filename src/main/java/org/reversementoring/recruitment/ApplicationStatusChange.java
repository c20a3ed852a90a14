package org.reversementoring.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An application entered a status at a time: the history behind the apprentice's timeline. */
@Entity
@Table(name = "application_status_change")
class ApplicationStatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ApplicationStatus status;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected ApplicationStatusChange() {
  }

  ApplicationStatusChange(long applicationId, ApplicationStatus status, Instant changedAt) {
    this.applicationId = applicationId;
    this.status = status;
    this.changedAt = changedAt;
  }
}
