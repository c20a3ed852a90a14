package org.reversementoring.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reversementoring.academy.AcademyFixtures.daysAfterStart;
import static org.reversementoring.academy.AcademyFixtures.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Mentors enrolling at the same moment, each in a transaction of their own as in the app: no
 * cohort ever seats more mentors than it has seats, and every free seat is taken.
 */
@AcademyDataTest
class SeatAllocationConcurrencyTest {

  @Autowired CohortPlanning planning;
  @Autowired SeatAllocation seats;
  @Autowired AcademyFixtures fixtures;

  @BeforeEach
  void empty() {
    fixtures.reset();
    fixtures.mentors(10);
  }

  @RepeatedTest(5)
  void eightMentorsRaceForTheLastSeat() throws Exception {
    AcademyCohort cohort = planning.plan(plan("Spring 2031", daysAfterStart(20)).capacity(1).build());

    List<Optional<Enrollment>> results = enrolAtOnce(8);

    assertThat(results.stream().filter(Optional::isPresent)).hasSize(1);
    assertThat(fixtures.seatsTaken(cohort.getId())).isEqualTo(1);
    assertThat(fixtures.count("academy_enrollment")).isEqualTo(1);
  }

  @RepeatedTest(5)
  void tenMentorsRaceForThreeSeats() throws Exception {
    AcademyCohort cohort = planning.plan(plan("Spring 2031", daysAfterStart(20)).capacity(3).build());

    List<Optional<Enrollment>> results = enrolAtOnce(10);

    assertThat(results.stream().filter(Optional::isPresent)).hasSize(3);
    assertThat(fixtures.seatsTaken(cohort.getId())).isEqualTo(3);
    assertThat(fixtures.count("academy_enrollment")).isEqualTo(3);
  }

  @RepeatedTest(5)
  void thoseWhoMissTheLastSeatGetOneInTheNextCohort() throws Exception {
    AcademyCohort spring = planning.plan(plan("Spring 2031", daysAfterStart(20)).capacity(2).build());
    AcademyCohort summer = planning.plan(plan("Summer 2031", daysAfterStart(90)).capacity(3).build());

    List<Optional<Enrollment>> results = enrolAtOnce(10);

    List<Long> cohorts = results.stream().flatMap(Optional::stream)
        .map(e -> e.getCohort().getId()).toList();
    assertThat(cohorts).hasSize(5);
    assertThat(cohorts).filteredOn(spring.getId()::equals).hasSize(2);
    assertThat(cohorts).filteredOn(summer.getId()::equals).hasSize(3);
    assertThat(fixtures.seatsTaken(spring.getId())).isEqualTo(2);
    assertThat(fixtures.seatsTaken(summer.getId())).isEqualTo(3);
  }

  /** Mentors 1 to {@code mentors} enrol, all released at once by a barrier. */
  private List<Optional<Enrollment>> enrolAtOnce(int mentors) throws Exception {
    CyclicBarrier start = new CyclicBarrier(mentors);
    ExecutorService pool = Executors.newFixedThreadPool(mentors);
    try {
      List<Future<Optional<Enrollment>>> futures = new ArrayList<>();
      for (long mentorId = 1; mentorId <= mentors; mentorId++) {
        long id = mentorId;
        Callable<Optional<Enrollment>> enrol = () -> {
          start.await(10, TimeUnit.SECONDS);
          return seats.enrolInEarliestCohort(id, null);
        };
        futures.add(pool.submit(enrol));
      }
      List<Optional<Enrollment>> results = new ArrayList<>();
      for (Future<Optional<Enrollment>> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
