package org.reversementoring.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.reversementoring.common.Language;

/** An apprentice who applied to mentor; becomes part of the mentor pool once qualified. */
@Entity
@Table(name = "mentor")
public class Mentor {

  static final String ERASED = "(erased)";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 254)
  private String email;

  @Column(name = "first_name", nullable = false, length = 100)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  @Column(nullable = false, length = 100)
  private String occupation;

  @Column(nullable = false, length = 100)
  private String department;

  @Column(nullable = false, length = 100)
  private String location;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Column(name = "supervisor_email", nullable = false, length = 254)
  private String supervisorEmail;

  @Column(name = "birth_year")
  private Integer birthYear;

  /** Weekly slots such as TUE-AM, comma-separated. */
  @Column(length = 100)
  private String availability;

  /** How many executives the mentor takes at a time, 1 to 3. */
  @Column(nullable = false)
  private int capacity = 1;

  @Column(name = "user_id", length = 64)
  private String userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MentorStatus status = MentorStatus.APPLICANT;

  @Column(name = "erased_at")
  private java.time.Instant erasedAt;

  @Version
  private long version;

  protected Mentor() {
  }

  Mentor(ApplicationForm form) {
    this.email = form.normalizedEmail();
    updateFrom(form);
  }

  void updateFrom(ApplicationForm form) {
    this.firstName = form.firstName();
    this.lastName = form.lastName();
    this.occupation = form.occupation();
    this.department = form.department();
    this.location = form.location();
    this.language = form.languageValue();
    this.supervisorEmail = form.normalizedSupervisorEmail();
    if (form.birthYear() != null) {
      this.birthYear = form.birthYear();
    }
    if (form.availability() != null && !form.availability().isEmpty()) {
      this.availability = String.join(",", form.availability());
    }
  }

  void linkAccount(String userId) {
    this.userId = userId;
  }

  /**
   * Removes everything that identifies the person. Department and status stay for the
   * program's statistics; the email becomes a placeholder that keeps the column unique.
   */
  void anonymise(java.time.Instant now) {
    this.firstName = ERASED;
    this.lastName = ERASED;
    this.email = "erased-" + id + "@erased.invalid";
    this.supervisorEmail = this.email;
    this.occupation = ERASED;
    this.location = ERASED;
    this.birthYear = null;
    this.availability = null;
    this.userId = null;
    this.erasedAt = now;
  }

  public boolean isErased() {
    return erasedAt != null;
  }

  void changeStatus(MentorStatus status) {
    this.status = status;
  }

  public Long getId() {
    return id;
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

  public String getOccupation() {
    return occupation;
  }

  public String getDepartment() {
    return department;
  }

  public String getLocation() {
    return location;
  }

  /** Null only for records from before the year of birth was asked, and after erasure. */
  public Integer getBirthYear() {
    return birthYear;
  }

  public java.util.List<String> getAvailability() {
    return availability == null || availability.isEmpty()
        ? java.util.List.of() : java.util.List.of(availability.split(","));
  }

  public int getCapacity() {
    return capacity;
  }

  public Language getLanguage() {
    return language;
  }

  public String getSupervisorEmail() {
    return supervisorEmail;
  }

  public String getUserId() {
    return userId;
  }

  public MentorStatus getStatus() {
    return status;
  }
}
