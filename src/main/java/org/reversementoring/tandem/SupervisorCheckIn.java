package org.reversementoring.tandem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The training supervisor's answer at the mid-program check-in (table {@code supervisor_checkin}). */
@Entity
@Table(name = "supervisor_checkin")
public class SupervisorCheckIn {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tandem_id", nullable = false)
  private long tandemId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CheckInAssessment assessment;

  @Column(length = 2000)
  private String comment;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  protected SupervisorCheckIn() {
  }

  SupervisorCheckIn(long tandemId, CheckInAssessment assessment, String comment, Instant answeredAt) {
    this.tandemId = tandemId;
    this.assessment = assessment;
    this.comment = comment;
    this.answeredAt = answeredAt;
  }

  public Long getId() {
    return id;
  }

  public long getTandemId() {
    return tandemId;
  }

  public CheckInAssessment getAssessment() {
    return assessment;
  }

  public String getComment() {
    return comment;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
