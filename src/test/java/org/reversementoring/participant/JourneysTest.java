package org.reversementoring.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reversementoring.participant.JourneyStep.State;
import org.reversementoring.participant.ProgramFacts.Application;
import org.reversementoring.participant.ProgramFacts.Enrollment;
import org.reversementoring.participant.ProgramFacts.Module;
import org.reversementoring.participant.ProgramFacts.Session;
import org.reversementoring.participant.ProgramFacts.Tandem;

/** Done, now and next on the timelines, from the records alone. */
class JourneysTest {

  private static final Instant APPLIED = Instant.parse("2027-01-04T09:00:00Z");
  private static final Instant CHANGED = Instant.parse("2027-01-20T09:00:00Z");

  @Test
  void aFreshApplicationWaitsForConsentAndTheReviewComesNext() {
    List<JourneyStep> steps = Journeys.apprentice(application("SUBMITTED", "APPLICANT"), List.of(), Optional.empty());

    assertThat(steps).extracting(JourneyStep::key, JourneyStep::state).startsWith(
        tuple("applied", State.DONE), tuple("consent", State.NOW), tuple("review", State.NEXT),
        tuple("interview", State.LATER), tuple("selected", State.LATER));
    assertThat(steps.get(0).date()).isEqualTo(APPLIED);
    assertThat(steps.get(0).args()).containsExactly("RMA-2027-0001");
    assertThat(steps).extracting(JourneyStep::key).endsWith("tandem-coming", "sessions", "final-feedback", "certificate");
  }

  @Test
  void aSelectedApprenticeStandsAtTheFirstModuleWithoutAResult() {
    List<Module> modules = List.of(module("mentoring-basics", true), module("teaching-adults", false),
        module("communication-feedback", null), module("teaching-adults", null));

    List<JourneyStep> steps = Journeys.apprentice(application("SELECTED", "SELECTED"), modules, Optional.empty());

    assertThat(steps).extracting(JourneyStep::key, JourneyStep::state).containsSubsequence(
        tuple("selected", State.DONE), tuple("module-passed", State.DONE), tuple("module-failed", State.DONE),
        tuple("module", State.NOW), tuple("module", State.NEXT), tuple("qualified", State.LATER));
    assertThat(steps.stream().filter(step -> step.state() == State.NOW).findFirst().orElseThrow().args())
        .containsExactly("communication-feedback");
    assertThat(steps.get(4).date()).as("the selection's day").isEqualTo(CHANGED);
  }

  @Test
  void eachStepCarriesTheDayItsStatusChanged() {
    Instant consent = APPLIED.plus(Duration.ofDays(2));
    Instant invited = APPLIED.plus(Duration.ofDays(5));
    Instant selected = APPLIED.plus(Duration.ofDays(9));

    List<JourneyStep> steps = Journeys.apprentice(application("SELECTED", Map.of("SUBMITTED", APPLIED,
        "IN_REVIEW", consent, "INTERVIEW", invited, "SELECTED", selected)), List.of(), Optional.empty());

    assertThat(steps.subList(0, 5)).extracting(JourneyStep::key, JourneyStep::date, JourneyStep::state).containsExactly(
        tuple("applied", APPLIED, State.DONE), tuple("consent", consent, State.DONE),
        tuple("review", invited, State.DONE), tuple("interview", selected, State.DONE),
        tuple("selected", selected, State.DONE));
  }

  @Test
  void aDecisionWithoutInterviewDatesTheReviewAndARejectionAfterTheInterviewShowsBoth() {
    Instant consent = APPLIED.plus(Duration.ofDays(2));
    Instant waitlisted = APPLIED.plus(Duration.ofDays(4));
    assertThat(Journeys.apprentice(application("WAITLISTED", Map.of("IN_REVIEW", consent, "WAITLISTED", waitlisted)),
        List.of(), Optional.empty()))
        .extracting(JourneyStep::key, JourneyStep::date).containsExactly(tuple("applied", APPLIED),
            tuple("consent", consent), tuple("review", waitlisted), tuple("application-WAITLISTED", CHANGED));

    Instant invited = APPLIED.plus(Duration.ofDays(5));
    Instant rejected = APPLIED.plus(Duration.ofDays(8));
    assertThat(Journeys.apprentice(application("REJECTED", Map.of("IN_REVIEW", consent, "INTERVIEW", invited,
        "REJECTED", rejected)), List.of(), Optional.empty()))
        .extracting(JourneyStep::key, JourneyStep::date).containsExactly(tuple("applied", APPLIED),
            tuple("consent", consent), tuple("review", invited), tuple("interview", rejected),
            tuple("application-REJECTED", CHANGED));
  }

  @Test
  void anApplicationFromBeforeStatusDatesWereKeptShowsItsStepsWithoutDates() {
    List<JourneyStep> steps = Journeys.apprentice(application("INTERVIEW", "APPLICANT"), List.of(), Optional.empty());

    assertThat(steps).extracting(JourneyStep::key, JourneyStep::state).startsWith(tuple("applied", State.DONE),
        tuple("consent", State.DONE), tuple("review", State.DONE), tuple("interview", State.NOW));
    assertThat(steps.subList(1, 4)).extracting(JourneyStep::date).containsOnlyNulls();
  }

  @Test
  void anEndedApplicationStopsWithItsEndAndNothingIsNowOrNext() {
    List<JourneyStep> steps = Journeys.apprentice(application("WITHDRAWN", "APPLICANT"), List.of(), Optional.empty());

    assertThat(steps).extracting(JourneyStep::key, JourneyStep::state).containsExactly(
        tuple("applied", State.DONE), tuple("consent", State.DONE), tuple("application-WITHDRAWN", State.ENDED));
    assertThat(steps.get(2).date()).isEqualTo(CHANGED);
  }

  @Test
  void aRefusedConsentEndsBeforeTheReview() {
    assertThat(Journeys.apprentice(application("CONSENT_REFUSED", "APPLICANT"), List.of(), Optional.empty()))
        .extracting(JourneyStep::key).containsExactly("applied", "application-CONSENT_REFUSED");
  }

  @Test
  void aQualifiedMentorInATandemStandsAtTheFirstPlannedSession() {
    Tandem tandem = tandem("ACTIVE", List.of(session(1, "HELD"), session(2, "NOT_HELD"), session(3, "PLANNED"),
        session(4, "PLANNED")), null);

    List<JourneyStep> steps = Journeys.apprentice(application("SELECTED", "QUALIFIED"),
        List.of(module("mentoring-basics", true)), Optional.of(tandem));

    assertThat(steps).extracting(JourneyStep::key, JourneyStep::state).containsSubsequence(
        tuple("qualified", State.DONE), tuple("tandem", State.DONE), tuple("session-HELD", State.DONE),
        tuple("session-NOT_HELD", State.DONE), tuple("session-PLANNED", State.NOW),
        tuple("session-PLANNED", State.NEXT), tuple("final-feedback", State.LATER), tuple("certificate", State.LATER));
    assertThat(steps).filteredOn(step -> step.key().equals("tandem")).singleElement()
        .satisfies(step -> assertThat(step.args()).containsExactly("Marc Weber"));
  }

  @Test
  void aClosedTandemIsDoneToTheCertificate() {
    Tandem tandem = tandem("CLOSED", List.of(session(1, "HELD")), CHANGED);

    List<JourneyStep> steps = Journeys.apprentice(application("SELECTED", "QUALIFIED"), List.of(), Optional.of(tandem));

    assertThat(steps).allMatch(step -> step.state() == State.DONE);
    assertThat(steps.get(steps.size() - 1)).extracting(JourneyStep::key, JourneyStep::date)
        .containsExactly("certificate", CHANGED);
  }

  @Test
  void aTandemEndedEarlyStopsAfterItsSessions() {
    Tandem tandem = tandem("ENDED_EARLY", List.of(session(1, "HELD"), session(2, "CANCELLED")), null);

    List<JourneyStep> steps = Journeys.apprentice(application("SELECTED", "QUALIFIED"), List.of(), Optional.of(tandem));

    assertThat(steps).extracting(JourneyStep::key).endsWith("session-HELD", "session-CANCELLED", "tandem-ENDED_EARLY");
    assertThat(steps).noneMatch(step -> step.state() == State.NOW || step.state() == State.NEXT);
  }

  @Test
  void aWaitlistedExecutiveWaitsWithTheirPlaceAndTheTandemComesNext() {
    List<JourneyStep> steps = Journeys.executive(
        new Enrollment("RME-2027-0001", "WAITLISTED", APPLIED, CHANGED, 3), Optional.empty());

    assertThat(steps).extracting(JourneyStep::key, JourneyStep::state).startsWith(
        tuple("enrolled", State.DONE), tuple("confirmed", State.DONE), tuple("waitlist", State.NOW),
        tuple("tandem-coming", State.NEXT));
    assertThat(steps.get(2).args()).containsExactly(3);
    assertThat(steps).extracting(JourneyStep::key).endsWith("closed");
  }

  @Test
  void aDeclinedEnrollmentEnds() {
    assertThat(Journeys.executive(new Enrollment("RME-2027-0002", "DECLINED", APPLIED, CHANGED, null), Optional.empty()))
        .extracting(JourneyStep::key, JourneyStep::state)
        .containsExactly(tuple("enrolled", State.DONE), tuple("enrollment-DECLINED", State.ENDED));
  }

  private static Application application(String status, String mentorStatus) {
    return new Application(1L, "RMA-2027-0001", status, APPLIED, CHANGED, mentorStatus, "pi-1", Map.of());
  }

  private static Application application(String status, Map<String, Instant> entered) {
    return new Application(1L, "RMA-2027-0001", status, APPLIED, CHANGED, "SELECTED", "pi-1", entered);
  }

  private static Module module(String key, Boolean passed) {
    return new Module(1L, key, key, "Spring", "Room 1", APPLIED, APPLIED, passed);
  }

  private static Session session(int position, String status) {
    return new Session(position, APPLIED.plusSeconds(position * 86_400L), 60, status, null);
  }

  private static Tandem tandem(String status, List<Session> sessions, Instant endedAt) {
    return new Tandem(7L, "RMT-2027-001", "MENTOR", "Marc Weber", status, APPLIED, List.of("AI tools"), 2, 60,
        sessions, status.equals("CLOSED") ? CHANGED : null, endedAt, "pi-7");
  }
}
