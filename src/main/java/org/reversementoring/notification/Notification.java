package org.reversementoring.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the notification log: a mail the app sent, or tried to send. */
@Entity
@Table(name = "notification")
public class Notification {

  public enum Status { SENT, FAILED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "step_key", nullable = false, length = 200)
  private String stepKey;

  @Column(nullable = false, length = 1000)
  private String recipients;

  @Column(nullable = false, length = 80)
  private String template;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "task_id", length = 64)
  private String taskId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status;

  @Column(length = 500)
  private String error;

  protected Notification() {
  }

  Notification(MailMessage mail, String subject, Instant createdAt, Status status, String error) {
    this.stepKey = mail.stepKey();
    this.recipients = String.join(", ", mail.to());
    this.template = mail.template();
    this.subject = subject;
    this.processInstanceId = mail.processInstanceId();
    this.taskId = mail.taskId();
    this.createdAt = createdAt;
    this.status = status;
    this.error = error == null ? null : error.substring(0, Math.min(error.length(), 500));
  }

  public String getRecipients() {
    return recipients;
  }

  public String getTemplate() {
    return template;
  }

  public String getSubject() {
    return subject;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getTaskId() {
    return taskId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Status getStatus() {
    return status;
  }
}
