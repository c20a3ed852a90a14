package org.reversementoring.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One application of an apprentice to become a mentor, numbered like RMA-2026-0001. */
@Entity
@Table(name = "mentor_application")
public class MentorApplication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 20)
  private String number;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "mentor_id")
  private Mentor mentor;

  @Column(name = "training_year", nullable = false)
  private int trainingYear;

  /** Topic codes, comma-separated, in the order the applicant gave them. */
  @Column(nullable = false, length = 500)
  private String topics;

  @Column(length = 2000)
  private String motivation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ApplicationStatus status = ApplicationStatus.SUBMITTED;

  @Column(name = "decision_reason", length = 2000)
  private String decisionReason;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "status_changed_at", nullable = false)
  private Instant statusChangedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected MentorApplication() {
  }

  MentorApplication(String number, Mentor mentor, ApplicationForm form, Instant now) {
    this.number = number;
    this.mentor = mentor;
    this.trainingYear = form.trainingYear();
    this.topics = String.join(",", form.topics());
    this.motivation = form.motivation();
    this.submittedAt = now;
    this.statusChangedAt = now;
  }

  void changeStatus(ApplicationStatus status, String reason, Instant now) {
    this.status = status;
    if (reason != null) {
      this.decisionReason = reason;
    }
    this.statusChangedAt = now;
  }

  /** Withdrawal and retention remove what the applicant wrote in their own words. */
  void eraseFreeText() {
    this.motivation = null;
    this.decisionReason = null;
  }

  void attachToProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public Mentor getMentor() {
    return mentor;
  }

  public int getTrainingYear() {
    return trainingYear;
  }

  /** Codes of the topic catalogue, in the order the applicant gave them. */
  public List<String> getTopicCodes() {
    return Arrays.asList(topics.split(","));
  }

  public String getMotivation() {
    return motivation;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
