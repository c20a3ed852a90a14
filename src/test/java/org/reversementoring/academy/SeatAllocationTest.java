package org.reversementoring.academy;

import org.reversementoring.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reversementoring.academy.AcademyFixtures.START;
import static org.reversementoring.academy.AcademyFixtures.daysAfterStart;
import static org.reversementoring.academy.AcademyFixtures.plan;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.RejectedInputException;
import org.springframework.beans.factory.annotation.Autowired;

@AcademyDataTest
class SeatAllocationTest {

  @Autowired CohortPlanning planning;
  @Autowired SeatAllocation seats;
  @Autowired AcademyFixtures fixtures;
  @Autowired MovableClock clock;

  @BeforeEach
  void empty() {
    fixtures.reset();
    fixtures.mentors(5);
  }

  @Test
  void enrolsInTheEarliestCohortWithAFreeSeat() {
    AcademyCohort later = planning.plan(plan("Autumn 2031", daysAfterStart(200)).build());
    AcademyCohort earlier = planning.plan(plan("Spring 2031", daysAfterStart(20)).build());

    Enrollment enrollment = seats.enrolInEarliestCohort(1, null).orElseThrow();

    assertThat(enrollment.getCohort().getId()).isEqualTo(earlier.getId());
    assertThat(enrollment.getMentorId()).isEqualTo(1L);
    assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.ENROLLED);
    assertThat(enrollment.getEnrolledAt()).isEqualTo(START);
    assertThat(enrollment.getCalendarSequence()).isZero();
    // handed out of the transaction with everything the invitation needs
    assertThat(enrollment.getCohort().getModules()).hasSize(3);
    assertThat(fixtures.seatsTaken(earlier.getId())).isEqualTo(1);
    assertThat(fixtures.seatsTaken(later.getId())).isZero();
  }

  @Test
  void skipsFullCohorts() {
    AcademyCohort small = planning.plan(plan("Spring 2031", daysAfterStart(20)).capacity(1).build());
    AcademyCohort next = planning.plan(plan("Summer 2031", daysAfterStart(90)).capacity(5).build());

    assertThat(seats.enrolInEarliestCohort(1, null)).get()
        .extracting(e -> e.getCohort().getId()).isEqualTo(small.getId());
    assertThat(seats.enrolInEarliestCohort(2, null)).get()
        .extracting(e -> e.getCohort().getId()).isEqualTo(next.getId());
    assertThat(fixtures.seatsTaken(small.getId())).isEqualTo(1);
    assertThat(fixtures.seatsTaken(next.getId())).isEqualTo(1);
  }

  @Test
  void skipsCohortsThatHaveStarted() {
    AcademyCohort started = planning.plan(plan("Spring 2031", daysAfterStart(2)).build());
    AcademyCohort next = planning.plan(plan("Summer 2031", daysAfterStart(90)).build());
    clock.set(started.getStartsAt().plus(Duration.ofMinutes(1)));

    assertThat(seats.enrolInEarliestCohort(1, null)).get()
        .extracting(e -> e.getCohort().getId()).isEqualTo(next.getId());
    assertThat(fixtures.seatsTaken(started.getId())).isZero();
  }

  @Test
  void aRetakeGoesToACohortStartingAfterTheGivenTime() {
    AcademyCohort first = planning.plan(plan("Spring 2031", daysAfterStart(20)).build());
    AcademyCohort later = planning.plan(plan("Summer 2031", daysAfterStart(90)).build());

    assertThat(seats.enrolInEarliestCohort(1, first.getEndsAt())).get()
        .extracting(e -> e.getCohort().getId()).isEqualTo(later.getId());
    // a cohort starting exactly then is not after it
    assertThat(seats.enrolInEarliestCohort(2, later.getStartsAt())).isEmpty();
    assertThat(seats.enrolInEarliestCohort(2, later.getStartsAt().minusSeconds(1))).isPresent();
  }

  @Test
  void theFirstEnrollmentTakesTheEarliestCohortAndARetakeOnlyOneAfterThePreviousEnded() {
    AcademyCohort spring = planning.plan(plan("Spring 2031", daysAfterStart(20)).build());
    AcademyCohort overlapping = planning.plan(plan("Spring B 2031", daysAfterStart(21)).build());
    AcademyCohort summer = planning.plan(plan("Summer 2031", daysAfterStart(90)).build());

    Enrollment first = seats.enrolInNextCohort(1, null).orElseThrow();
    assertThat(first.getCohort().getId()).isEqualTo(spring.getId());
    seats.complete(first.getId());

    Enrollment retake = seats.enrolInNextCohort(1, first.getId()).orElseThrow();
    assertThat(retake.getCohort().getId()).as("not %s, which starts before Spring ends", overlapping.getName())
        .isEqualTo(summer.getId());
    seats.complete(retake.getId());
    assertThat(seats.enrolInNextCohort(1, retake.getId())).as("no cohort after Summer").isEmpty();
    assertThat(fixtures.seatsTaken(overlapping.getId())).isZero();
  }

  @Test
  void findsNothingWithoutAFreeSeatAndStoresNothing() {
    AcademyCohort full = planning.plan(plan("Spring 2031", daysAfterStart(20)).capacity(1).build());
    seats.enrolInEarliestCohort(1, null).orElseThrow();

    assertThat(seats.hasFreeSeat(null)).isFalse();
    assertThat(seats.enrolInEarliestCohort(2, null)).isEmpty();
    assertThat(fixtures.seatsTaken(full.getId())).isEqualTo(1);
    assertThat(fixtures.count("academy_enrollment")).isEqualTo(1);

    planning.plan(plan("Summer 2031", daysAfterStart(90)).build());
    assertThat(seats.hasFreeSeat(null)).isTrue();
    assertThat(seats.hasFreeSeat(daysAfterStart(90))).isFalse();
  }

  @Test
  void aMentorHoldsOneSeatAtATime() {
    planning.plan(plan("Spring 2031", daysAfterStart(20)).build());
    AcademyCohort later = planning.plan(plan("Summer 2031", daysAfterStart(90)).build());
    Enrollment first = seats.enrolInEarliestCohort(1, null).orElseThrow();

    assertThatThrownBy(() -> seats.enrolInEarliestCohort(1, first.getCohort().getEndsAt()))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith("mentorId:");
    assertThat(fixtures.count("academy_enrollment")).isEqualTo(1);
    assertThat(fixtures.seatsTaken(later.getId())).isZero();

    seats.complete(first.getId());
    Enrollment retake = seats.enrolInEarliestCohort(1, first.getCohort().getEndsAt()).orElseThrow();
    assertThat(retake.getCohort().getId()).isEqualTo(later.getId());
    assertThat(seats.currentEnrollment(1)).get().extracting(Enrollment::getId)
        .isEqualTo(retake.getId());
    assertThat(seats.enrollmentsOf(1)).extracting(Enrollment::getId)
        .containsExactly(first.getId(), retake.getId());
  }

  @Test
  void releaseFreesTheSeatExactlyOnce() {
    AcademyCohort cohort = planning.plan(plan("Spring 2031", daysAfterStart(20)).capacity(2).build());
    Enrollment anna = seats.enrolInEarliestCohort(1, null).orElseThrow();
    seats.enrolInEarliestCohort(2, null).orElseThrow();
    assertThat(seats.enrolInEarliestCohort(3, null)).isEmpty();
    clock.advance(Duration.ofDays(1));

    assertThat(seats.release(anna.getId())).isTrue();
    assertThat(seats.release(anna.getId())).isFalse();

    assertThat(fixtures.seatsTaken(cohort.getId())).isEqualTo(1);
    Enrollment released = seats.find(anna.getId());
    assertThat(released.getStatus()).isEqualTo(EnrollmentStatus.RELEASED);
    assertThat(released.getReleasedAt()).isEqualTo(START.plus(Duration.ofDays(1)));
    assertThat(released.getCalendarSequence()).isEqualTo(1);
    assertThat(seats.currentEnrollment(1)).isEmpty();
    // the freed seat goes to the next mentor, and no further one
    assertThat(seats.enrolInEarliestCohort(3, null)).isPresent();
    assertThat(seats.enrolInEarliestCohort(4, null)).isEmpty();
    assertThat(fixtures.seatsTaken(cohort.getId())).isEqualTo(2);
  }

  @Test
  void completionKeepsTheSeatAndCannotBeReleasedOrUndone() {
    AcademyCohort cohort = planning.plan(plan("Spring 2031", daysAfterStart(20)).build());
    Enrollment enrollment = seats.enrolInEarliestCohort(1, null).orElseThrow();
    clock.set(cohort.getEndsAt());

    Enrollment completed = seats.complete(enrollment.getId());
    assertThat(seats.complete(enrollment.getId()).getCompletedAt()).isEqualTo(cohort.getEndsAt());
    assertThat(seats.release(enrollment.getId())).isFalse();

    assertThat(completed.getStatus()).isEqualTo(EnrollmentStatus.COMPLETED);
    assertThat(seats.find(enrollment.getId()).getStatus()).isEqualTo(EnrollmentStatus.COMPLETED);
    assertThat(fixtures.seatsTaken(cohort.getId())).isEqualTo(1);
  }

  @Test
  void aReleasedSeatCannotBeCompleted() {
    planning.plan(plan("Spring 2031", daysAfterStart(20)).build());
    Enrollment enrollment = seats.enrolInEarliestCohort(1, null).orElseThrow();
    seats.release(enrollment.getId());

    assertThatThrownBy(() -> seats.complete(enrollment.getId()))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith("enrollmentId:");
    assertThat(seats.find(enrollment.getId()).getStatus()).isEqualTo(EnrollmentStatus.RELEASED);
  }

  @Test
  void refusesUnknownEnrollments() {
    assertThatThrownBy(() -> seats.release(999)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> seats.complete(999)).isInstanceOf(IllegalArgumentException.class);
  }
}
