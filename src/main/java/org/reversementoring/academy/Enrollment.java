package org.reversementoring.academy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mentor's seat in a cohort. The mentor is referred to by the recruitment mentor's id only, so
 * the Academy does not depend on recruitment's classes. Named {@code AcademyEnrollment} in
 * queries: mentees enrol too, elsewhere.
 */
@Entity(name = "AcademyEnrollment")
@Table(name = "academy_enrollment")
public class Enrollment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "mentor_id", nullable = false, updatable = false)
  private Long mentorId;

  /**
   * The mentor's id while the seat is held, otherwise null. A unique column, so the database
   * refuses a second held seat of the same mentor even when two enrolments race.
   */
  @Column(name = "enrolled_mentor_id", unique = true)
  private Long enrolledMentorId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
  private AcademyCohort cohort;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private EnrollmentStatus status;

  @Column(name = "enrolled_at", nullable = false)
  private Instant enrolledAt;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  /** The iCalendar SEQUENCE of the cohort's events for this mentor; rises with every change. */
  @Column(name = "calendar_sequence", nullable = false)
  private int calendarSequence;

  protected Enrollment() {
  }

  Enrollment(long mentorId, AcademyCohort cohort, Instant now) {
    this.mentorId = mentorId;
    this.enrolledMentorId = mentorId;
    this.cohort = cohort;
    this.status = EnrollmentStatus.ENROLLED;
    this.enrolledAt = now;
    this.calendarSequence = 0;
  }

  /** Gives the seat back; false when it was not held (released or completed before). */
  boolean release(Instant now) {
    if (status != EnrollmentStatus.ENROLLED) {
      return false;
    }
    status = EnrollmentStatus.RELEASED;
    releasedAt = now;
    enrolledMentorId = null;
    calendarSequence++;
    return true;
  }

  /** Ends the cohort for the mentor; false when it was completed before. */
  boolean complete(Instant now) {
    if (status == EnrollmentStatus.COMPLETED) {
      return false;
    }
    if (status == EnrollmentStatus.RELEASED) {
      throw new IllegalStateException("Enrollment " + id + " was released; it cannot be completed");
    }
    status = EnrollmentStatus.COMPLETED;
    completedAt = now;
    enrolledMentorId = null;
    return true;
  }

  public Long getId() {
    return id;
  }

  public Long getMentorId() {
    return mentorId;
  }

  public AcademyCohort getCohort() {
    return cohort;
  }

  public EnrollmentStatus getStatus() {
    return status;
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public Instant getReleasedAt() {
    return releasedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public int getCalendarSequence() {
    return calendarSequence;
  }
}
