package org.reversementoring.academy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reversementoring.common.RejectedInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats mentors in Academy cohorts and gives seats back. Seat counts stay right when enrolments
 * race: a seat is taken by a conditional update, never by reading, adding and writing. Knows
 * nothing of Camunda.
 */
@Service
@Transactional
public class SeatAllocation {

  private final AcademyCohortRepository cohorts;
  private final EnrollmentRepository enrollments;
  private final Clock clock;

  public SeatAllocation(AcademyCohortRepository cohorts, EnrollmentRepository enrollments,
      Clock clock) {
    this.cohorts = cohorts;
    this.enrollments = enrollments;
    this.clock = clock;
  }

  /**
   * Takes a seat for the mentor in the earliest cohort with a free seat whose first module starts
   * after {@code notBefore} and after now (a retake passes the end of the cohort it failed in).
   * Empty when no cohort has a seat. Refuses ({@code mentorId}) a mentor who holds a seat already.
   */
  public Optional<Enrollment> enrolInEarliestCohort(long mentorId, Instant notBefore) {
    if (enrollments.existsByMentorIdAndStatus(mentorId, EnrollmentStatus.ENROLLED)) {
      throw new RejectedInputException("mentorId",
          "holds a seat in an Academy cohort already; release or complete it first");
    }
    Instant now = clock.instant();
    for (Long cohortId : cohorts.idsWithFreeSeatsStartingAfter(later(now, notBefore))) {
      if (cohorts.takeSeat(cohortId) == 1) {
        AcademyCohort cohort = cohorts.findById(cohortId).orElseThrow();
        return Optional.of(enrollments.save(new Enrollment(mentorId, cohort, now)));
      }
      // another enrolment took the last seat since the query: try the next cohort
    }
    return Optional.empty();
  }

  /**
   * Takes a seat for the mentor as the qualification asks for it: the first time ({@code
   * previousEnrollmentId} null) in the earliest cohort with a free seat, on a retake only in a
   * cohort starting after the previous one ended. Empty when no cohort has a seat.
   */
  public Optional<Enrollment> enrolInNextCohort(long mentorId, Long previousEnrollmentId) {
    Instant notBefore = previousEnrollmentId == null ? Instant.EPOCH : find(previousEnrollmentId).getCohort().getEndsAt();
    return enrolInEarliestCohort(mentorId, notBefore);
  }

  /** Whether {@link #enrolInEarliestCohort} would find a seat now (for a process waiting for one). */
  @Transactional(readOnly = true)
  public boolean hasFreeSeat(Instant notBefore) {
    return cohorts.existsWithFreeSeatStartingAfter(later(clock.instant(), notBefore));
  }

  /**
   * Gives the seat back and marks the enrollment released, raising its calendar sequence for the
   * cancellation. True when this call freed the seat; false when it was released before or the
   * enrollment is completed (then nothing changes), so a repeated release frees nothing.
   */
  public boolean release(long enrollmentId) {
    Enrollment enrollment = lock(enrollmentId);
    if (!enrollment.release(clock.instant())) {
      return false;
    }
    cohorts.freeSeat(enrollment.getCohort().getId());
    return true;
  }

  /**
   * Ends the cohort for the mentor: the seat stays counted, and the mentor may enrol in a later
   * cohort (a retake). Completing twice changes nothing; a released enrollment cannot complete.
   */
  public Enrollment complete(long enrollmentId) {
    Enrollment enrollment = lock(enrollmentId);
    if (enrollment.getStatus() == EnrollmentStatus.RELEASED) {
      throw new RejectedInputException("enrollmentId",
          "the seat was released; the enrollment cannot be completed");
    }
    enrollment.complete(clock.instant());
    return enrollment;
  }

  @Transactional(readOnly = true)
  public Enrollment find(long enrollmentId) {
    return enrollments.findById(enrollmentId).orElseThrow(() -> unknown(enrollmentId));
  }

  /** The seat the mentor holds now, if any (e.g. to release it on withdrawal). */
  @Transactional(readOnly = true)
  public Optional<Enrollment> currentEnrollment(long mentorId) {
    return enrollments.findByMentorIdAndStatus(mentorId, EnrollmentStatus.ENROLLED);
  }

  /** All of the mentor's enrollments, oldest first. */
  @Transactional(readOnly = true)
  public List<Enrollment> enrollmentsOf(long mentorId) {
    return enrollments.findByMentorIdOrderByIdAsc(mentorId);
  }

  private Enrollment lock(long enrollmentId) {
    return enrollments.lockById(enrollmentId).orElseThrow(() -> unknown(enrollmentId));
  }

  private static IllegalArgumentException unknown(long enrollmentId) {
    return new IllegalArgumentException("No Academy enrollment " + enrollmentId);
  }

  private static Instant later(Instant now, Instant notBefore) {
    return notBefore != null && notBefore.isAfter(now) ? notBefore : now;
  }
}
