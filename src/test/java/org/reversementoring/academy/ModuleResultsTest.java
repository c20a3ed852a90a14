package org.reversementoring.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reversementoring.academy.AcademyFixtures.START;
import static org.reversementoring.academy.AcademyFixtures.daysAfterStart;
import static org.reversementoring.academy.AcademyFixtures.plan;
import static org.reversementoring.academy.QualificationOutcome.ALL_PASSED;
import static org.reversementoring.academy.QualificationOutcome.OPEN;
import static org.reversementoring.academy.QualificationOutcome.SOME_FAILED;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.RejectedInputException;
import org.springframework.beans.factory.annotation.Autowired;

@AcademyDataTest
class ModuleResultsTest {

  static final String BASICS = "mentoring-basics";
  static final String TEACHING = "teaching-adults";
  static final String FEEDBACK = "communication-feedback";

  @Autowired CohortPlanning planning;
  @Autowired SeatAllocation seats;
  @Autowired ModuleResults results;
  @Autowired AcademyFixtures fixtures;

  @BeforeEach
  void empty() {
    fixtures.reset();
    fixtures.mentors(3);
    for (int n = 1; n <= 4; n++) {
      planning.plan(plan("Cohort " + n, daysAfterStart(30 * n)).build());
    }
  }

  @Test
  void passingEveryModulePassesTheEnrollment() {
    long enrollment = enrol(1);
    assertThat(results.outcome(enrollment)).isEqualTo(OPEN);

    results.record(enrollment, BASICS, true, true, "Explains patiently");
    results.record(enrollment, TEACHING, true, true, null);
    assertThat(results.outcome(enrollment)).isEqualTo(OPEN);

    results.record(enrollment, FEEDBACK, true, true, "  ");
    assertThat(results.outcome(enrollment)).isEqualTo(ALL_PASSED);
    assertThat(results.failedAttempts(1)).isZero();
    assertThat(results.modulesToTake(enrollment)).as("stays the same while the enrollment runs")
        .containsExactly(BASICS, TEACHING, FEEDBACK);
    assertThat(results.resultsOf(enrollment))
        .extracting(ModuleResult::getModuleKey, ModuleResult::getRemark, ModuleResult::getRecordedAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BASICS, "Explains patiently", START),
            org.assertj.core.groups.Tuple.tuple(TEACHING, null, START),
            org.assertj.core.groups.Tuple.tuple(FEEDBACK, null, START));
  }

  @Test
  void aFailedModuleFailsTheEnrollmentAtOnce() {
    long enrollment = enrol(1);

    results.record(enrollment, BASICS, true, false, "Did not prepare the exercise");

    assertThat(results.outcome(enrollment)).isEqualTo(SOME_FAILED);
    results.record(enrollment, TEACHING, true, true, null);
    results.record(enrollment, FEEDBACK, true, true, null);
    assertThat(results.outcome(enrollment)).isEqualTo(SOME_FAILED);
    assertThat(results.failedAttempts(1)).isEqualTo(1);
  }

  @Test
  void aMissedModuleCountsAsFailed() {
    long enrollment = enrol(1);

    ModuleResult missed = results.record(enrollment, TEACHING, false, false, "Ill");

    assertThat(missed.isAttended()).isFalse();
    assertThat(missed.isFailed()).isTrue();
    assertThat(results.outcome(enrollment)).isEqualTo(SOME_FAILED);
    assertThat(results.failedAttempts(1)).isEqualTo(1);
  }

  @Test
  void refusesAPassWithoutAttendance() {
    long enrollment = enrol(1);

    assertRefused(() -> results.record(enrollment, BASICS, false, true, null), "passed");
  }

  @Test
  void refusesAModuleTheCohortDoesNotHold() {
    long enrollment = enrol(1);

    assertRefused(() -> results.record(enrollment, "time-travel", true, true, null), "moduleKey");
    assertRefused(() -> results.record(enrollment, null, true, true, null), "moduleKey");
  }

  @Test
  void refusesASecondResultForTheSameModule() {
    long enrollment = enrol(1);
    results.record(enrollment, BASICS, true, false, null);

    assertThatThrownBy(() -> results.record(enrollment, BASICS, true, true, "Second try"))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith("moduleKey:");
    assertThat(fixtures.count("academy_module_result")).isEqualTo(1);
    assertThat(results.outcome(enrollment)).isEqualTo(SOME_FAILED);
  }

  @Test
  void takesARemarkOfAtMost1000Characters() {
    long enrollment = enrol(1);

    assertRefused(() -> results.record(enrollment, BASICS, true, true, "r".repeat(1001)), "remark");
    assertThat(results.record(enrollment, BASICS, true, true, "r".repeat(1000)).getRemark())
        .hasSize(1000);
  }

  @Test
  void refusesResultsForAReleasedSeat() {
    long enrollment = enrol(1);
    seats.release(enrollment);

    assertRefused(() -> results.record(enrollment, BASICS, true, true, null), "enrollmentId");
  }

  @Test
  void aRetakeNeedOnlyRepeatTheFailedModule() {
    long first = enrol(1);
    results.record(first, BASICS, true, true, null);
    results.record(first, TEACHING, true, false, null);
    results.record(first, FEEDBACK, true, true, null);
    Enrollment done = seats.complete(first);
    assertThat(results.mayRetake(1)).isTrue();

    long retake = seats.enrolInEarliestCohort(1, done.getCohort().getEndsAt()).orElseThrow().getId();
    assertThat(results.outcome(retake)).isEqualTo(OPEN);
    assertThat(results.modulesToTake(retake)).containsExactly(TEACHING);
    results.record(retake, TEACHING, true, true, null);

    assertThat(results.outcome(retake)).isEqualTo(ALL_PASSED);
    assertThat(results.outcome(first)).isEqualTo(SOME_FAILED);
    assertThat(results.failedAttempts(1)).isEqualTo(1);
  }

  @Test
  void passesOfALaterEnrollmentDoNotCountForAnEarlierOne() {
    long first = enrol(1);
    results.record(first, BASICS, true, true, null);
    seats.complete(first);
    long second = seats.enrolInEarliestCohort(1, seats.find(first).getCohort().getEndsAt())
        .orElseThrow().getId();
    results.record(second, TEACHING, true, true, null);
    results.record(second, FEEDBACK, true, true, null);

    assertThat(results.outcome(first)).isEqualTo(OPEN);
    assertThat(results.outcome(second)).isEqualTo(ALL_PASSED);
  }

  @Test
  void countsFailedEnrollmentsNotFailedModulesAndAllowsTwoRetakes() {
    long previousEnd = 0;
    for (int attempt = 1; attempt <= 3; attempt++) {
      Enrollment enrollment = attempt == 1 ? seats.find(enrol(1))
          : seats.enrolInEarliestCohort(1, seats.find(previousEnd).getCohort().getEndsAt())
              .orElseThrow();
      results.record(enrollment.getId(), BASICS, true, false, null);
      results.record(enrollment.getId(), TEACHING, false, false, null);
      seats.complete(enrollment.getId());
      previousEnd = enrollment.getId();

      assertThat(results.failedAttempts(1)).isEqualTo(attempt);
      // the first attempt and two retakes may fail; the third failure ends the qualification
      assertThat(results.mayRetake(1)).isEqualTo(attempt <= 2);
    }
    assertThat(results.failedAttempts(2)).isZero();
  }

  @Test
  void evaluatingClosesTheEnrollmentAndAllowsARetakeOnlyAfterAFailure() {
    long passed = enrol(1);
    for (String module : new String[] {BASICS, TEACHING, FEEDBACK}) {
      results.record(passed, module, true, true, null);
    }
    assertThat(results.evaluate(passed)).isEqualTo(new ModuleResults.Evaluation(ALL_PASSED, false));
    assertThat(seats.find(passed).getStatus()).isEqualTo(EnrollmentStatus.COMPLETED);

    long failed = enrol(2);
    results.record(failed, BASICS, false, false, null);
    assertThat(results.evaluate(failed)).isEqualTo(new ModuleResults.Evaluation(SOME_FAILED, true));
    assertThat(seats.find(failed).getStatus()).isEqualTo(EnrollmentStatus.COMPLETED);
  }

  @Test
  void evaluatingTheThirdFailedAttemptAllowsNoFurtherRetake() {
    Long previous = null;
    for (int attempt = 1; attempt <= 3; attempt++) {
      long enrollment = seats.enrolInNextCohort(1, previous).orElseThrow().getId();
      results.record(enrollment, BASICS, true, false, null);
      assertThat(results.evaluate(enrollment))
          .isEqualTo(new ModuleResults.Evaluation(SOME_FAILED, attempt <= 2));
      previous = enrollment;
    }
  }

  @Test
  void evaluatingAReleasedSeatIsRefused() {
    long enrollment = enrol(1);
    seats.release(enrollment);

    assertThatThrownBy(() -> results.evaluate(enrollment)).isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith("enrollmentId:");
  }

  @Test
  void erasureRemovesTheTrainersRemarksAndKeepsTheResults() {
    long anna = enrol(1);
    long ben = enrol(2);
    results.record(anna, BASICS, true, false, "Nervous in front of executives");
    results.record(ben, BASICS, true, true, "Excellent");

    assertThat(results.eraseRemarksOf(1)).isEqualTo(1);

    assertThat(results.resultsOf(anna)).singleElement()
        .satisfies(r -> assertThat(r.getRemark()).isNull())
        .satisfies(r -> assertThat(r.isPassed()).isFalse());
    assertThat(results.resultsOf(ben)).singleElement()
        .extracting(ModuleResult::getRemark).isEqualTo("Excellent");
  }

  private long enrol(long mentorId) {
    return seats.enrolInEarliestCohort(mentorId, null).orElseThrow().getId();
  }

  private void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
      String field) {
    assertThatThrownBy(call)
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith(field + ":")
        .satisfies(e -> assertThat(((RejectedInputException) e).errors())
            .allSatisfy(error -> assertThat(error.field()).isEqualTo(field)));
    assertThat(fixtures.count("academy_module_result")).isZero();
  }
}
