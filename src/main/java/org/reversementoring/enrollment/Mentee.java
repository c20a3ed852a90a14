package org.reversementoring.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.reversementoring.common.Language;

/**
 * One enrollment of an executive as mentee, numbered like RME-2026-0001. A person may enrol
 * again once an earlier enrollment closed, so the email repeats across rows; {@code openEmail}
 * holds it only while the enrollment is open and is unique.
 */
@Entity
@Table(name = "mentee")
public class Mentee {

  private static final String ERASED = "(erased)";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 20)
  private String number;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "open_email", unique = true, length = 254)
  private String openEmail;

  @Column(name = "first_name", nullable = false, length = 100)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  @Column(nullable = false, length = 100)
  private String department;

  @Column(name = "management_level", nullable = false, length = 30)
  private String managementLevel;

  @Column(name = "birth_year", nullable = false)
  private int birthYear;

  /** Topic codes, comma-separated, most wanted first. */
  @Column(nullable = false, length = 500)
  private String topics;

  /** Language code, {@code de} or {@code en}. */
  @Column(nullable = false, length = 2)
  private String language;

  @Column(nullable = false, length = 100)
  private String location;

  /** Weekly slots such as TUE-AM, comma-separated, in the order given. */
  @Column(nullable = false, length = 100)
  private String availability;

  /** Lower-cased emails of people not to be paired with, comma-separated; empty when none. */
  @Column(nullable = false, length = 5200)
  private String exclusions;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MenteeStatus status = MenteeStatus.REGISTERED;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "status_changed_at", nullable = false)
  private Instant statusChangedAt;

  @Column(name = "decision_reason", length = 2000)
  private String decisionReason;

  @Column(name = "user_id", length = 64)
  private String userId;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "erased_at")
  private Instant erasedAt;

  @Version
  private long version;

  protected Mentee() {
  }

  Mentee(String number, MenteeForm form, Instant now) {
    this.number = number;
    this.email = form.normalizedEmail();
    this.openEmail = email;
    this.firstName = form.firstName().strip();
    this.lastName = form.lastName().strip();
    this.department = form.department().strip();
    this.managementLevel = form.managementLevel();
    this.birthYear = form.birthYear();
    this.topics = String.join(",", form.topics());
    this.language = form.languageValue().code();
    this.location = form.location().strip();
    this.availability = String.join(",", form.availability());
    this.exclusions = String.join(",", form.normalizedExclusions());
    this.registeredAt = now;
    this.statusChangedAt = now;
  }

  void changeStatus(MenteeStatus status, String reason, Instant now) {
    this.status = status;
    this.openEmail = status.isOpen() ? email : null;
    if (reason != null) {
      this.decisionReason = reason;
    }
    this.statusChangedAt = now;
  }

  /** Back on the waitlist (after a tandem ended for a rematch), queued as if waiting since {@code queuedAt}. */
  void returnToWaitlist(Instant queuedAt) {
    this.status = MenteeStatus.WAITLISTED;
    this.openEmail = email;
    this.statusChangedAt = queuedAt;
  }

  /** Removes what identifies the person; department, level, topics and dates stay for statistics. */
  void anonymise(Instant now) {
    if (status.isOpen()) {
      changeStatus(MenteeStatus.WITHDRAWN, null, now);
    }
    this.firstName = ERASED;
    this.lastName = ERASED;
    this.email = "erased-" + id + "@erased.invalid";
    this.openEmail = null;
    this.location = ERASED;
    this.exclusions = "";
    this.decisionReason = null;
    this.userId = null;
    this.erasedAt = now;
  }

  void attachToProcess(String processInstanceId, String userId) {
    this.processInstanceId = processInstanceId;
    if (userId != null) {
      this.userId = userId;
    }
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public String getEmail() {
    return email;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getFullName() {
    return firstName + " " + lastName;
  }

  public String getDepartment() {
    return department;
  }

  /** One of {@code team-lead}, {@code head-of-department}, {@code director}, {@code board}. */
  public String getManagementLevel() {
    return managementLevel;
  }

  public int getBirthYear() {
    return birthYear;
  }

  /** Wanted topics, most wanted first. */
  /** Wanted topic codes, most wanted first. */
  public List<String> getTopicCodes() {
    return split(topics);
  }

  /** The language code, {@code de} or {@code en}, as in the form. */
  public String getLanguage() {
    return language;
  }

  public Language getLanguageValue() {
    return Language.byCode(language).orElse(Language.EN);
  }

  public String getLocation() {
    return location;
  }

  /** Weekly slots such as {@code TUE-AM}. */
  public List<String> getAvailability() {
    return split(availability);
  }

  /** Lower-cased emails of people the mentee must not be paired with; may be empty. */
  public List<String> getExclusions() {
    return split(exclusions);
  }

  public MenteeStatus getStatus() {
    return status;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public String getUserId() {
    return userId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  private static List<String> split(String csv) {
    return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
  }
}
