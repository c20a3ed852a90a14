package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.RejectedInputException;

/** Planning, extension, next session, log, rating and rescheduling over an in-memory repository. */
class SessionServiceTest {

  private static final long TANDEM = 7L;
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** Tuesday 11 March 2031, 10:00 Berlin. */
  private static final Instant KICKOFF = Instant.parse("2031-03-11T09:00:00Z");

  private final TandemService tandems = mock(TandemService.class);
  private final TandemSessionRepository repository = mock(TandemSessionRepository.class);
  private final List<TandemSession> stored = new ArrayList<>();
  private final SupervisorCheckInRepository checkIns = mock(SupervisorCheckInRepository.class);
  private final List<SupervisorCheckIn> savedCheckIns = new ArrayList<>();
  private Tandem tandem;
  private SessionService service;

  @BeforeEach
  void setUp() {
    tandem = new Tandem("RMT-2031-001", new TandemDraft(3L, 4L, "Spring", LocalDate.of(2031, 3, 10), 80,
        List.of("fit"), false), KICKOFF);
    org.springframework.test.util.ReflectionTestUtils.setField(tandem, "id", TANDEM);
    tandem.planKickoff(KICKOFF);
    tandem.agree("a\nb", 2, 3, 45, "2031-04-07..2031-04-11");
    tandem.changeStatus(TandemStatus.ACTIVE, KICKOFF);
    when(tandems.find(TANDEM)).thenReturn(tandem);
    when(repository.save(any())).thenAnswer(call -> {
      stored.add(call.getArgument(0));
      return call.getArgument(0);
    });
    when(repository.findByTandemIdOrderByPosition(TANDEM)).thenAnswer(call ->
        stored.stream().sorted(Comparator.comparingInt(TandemSession::getPosition)).toList());
    when(repository.findByTandemIdAndPosition(org.mockito.ArgumentMatchers.eq(TANDEM), org.mockito.ArgumentMatchers.anyInt()))
        .thenAnswer(call -> stored.stream().filter(s -> s.getPosition() == (int) call.getArgument(1)).findFirst());
    when(repository.findFirstByTandemIdAndStatusOrderByPosition(TANDEM, SessionStatus.PLANNED)).thenAnswer(call ->
        stored.stream().filter(s -> s.getStatus() == SessionStatus.PLANNED)
            .min(Comparator.comparingInt(TandemSession::getPosition)));
    when(checkIns.save(any())).thenAnswer(call -> {
      savedCheckIns.add(call.getArgument(0));
      return call.getArgument(0);
    });
    when(checkIns.findByTandemId(TANDEM)).thenAnswer(call -> List.copyOf(savedCheckIns));
    when(checkIns.existsByTandemId(TANDEM)).thenAnswer(call -> !savedCheckIns.isEmpty());
    service = new SessionService(tandems, repository, TandemProperties.defaults(),
        Clock.fixed(Instant.parse("2031-03-20T12:00:00Z"), BERLIN), checkIns);
  }

  @Test
  void plansTheAgreedSessionsSkippingTheBlockAndOnlyOnce() {
    List<TandemSession> plan = service.planSessions(TANDEM);
    assertThat(plan).extracting(TandemSession::getPlannedAt).containsExactly(Instant.parse("2031-03-25T09:00:00Z"),
        Instant.parse("2031-04-22T08:00:00Z"), Instant.parse("2031-05-06T08:00:00Z"));
    assertThat(plan).extracting(TandemSession::getPosition).containsExactly(1, 2, 3);
    assertThat(plan).allSatisfy(s -> {
      assertThat(s.getMentorId()).isEqualTo(3L);
      assertThat(s.getPlannedMinutes()).isEqualTo(45);
      assertThat(s.getCalendarSequence()).isZero();
      assertThat(s.getStatus()).isEqualTo(SessionStatus.PLANNED);
    });
    assertThat(service.planSessions(TANDEM)).as("a retried step plans nothing more").hasSize(3);

    assertThat(service.next(TANDEM)).contains(new SessionService.NextSession(1, Instant.parse("2031-03-25T09:00:00Z"),
        Instant.parse("2031-03-24T09:00:00Z"), Instant.parse("2031-03-25T09:45:00Z")));
  }

  @Test
  void aSessionNotHeldIsReplacedByOneMoreAfterTheLastOnTheDateTheOrganizersAgreed() {
    service.planSessions(TANDEM);

    assertThatThrownBy(() -> service.addReplacement(TANDEM, "2031-05-06T10:30"))
        .isInstanceOf(RejectedInputException.class)
        .hasMessage("replacementStart: must be after 2031-05-06T10:45 (the end of session 3, the last one, and now)");
    assertThatThrownBy(() -> service.addReplacement(TANDEM, "2031-07-30T10:00"))
        .hasMessage("replacementStart: must be within 12 weeks of 2031-05-06T10:45");
    assertThatThrownBy(() -> service.addReplacement(TANDEM, "next Tuesday"))
        .hasMessage("replacementStart: must be a date and time like 2027-03-01T09:00");
    assertThat(stored).as("a refusal adds nothing").hasSize(3);

    TandemSession replacement = service.addReplacement(TANDEM, "2031-05-13T10:00");

    assertThat(replacement.getPosition()).isEqualTo(4);
    assertThat(replacement.getPlannedAt()).isEqualTo(Instant.parse("2031-05-13T08:00:00Z"));
    assertThat(replacement.getPlannedMinutes()).isEqualTo(45);
    assertThat(replacement.getMentorId()).isEqualTo(3L);
    assertThat(replacement.getStatus()).isEqualTo(SessionStatus.PLANNED);
    assertThat(service.sessions(TANDEM)).extracting(TandemSession::getPosition).containsExactly(1, 2, 3, 4);
  }

  @Test
  void logAndRateThenNextAndExtension() {
    service.planSessions(TANDEM);
    service.log(TANDEM, 1, new SessionLog(true, 40, List.of("ai-tools"), "notes", false));
    service.rate(TANDEM, 1, new SessionLog.Rating(5, null));
    TandemSession first = service.session(TANDEM, 1);
    assertThat(first.getStatus()).isEqualTo(SessionStatus.HELD);
    assertThat(first.getHeldMinutes()).isEqualTo(40);
    assertThat(first.getTopics()).isEqualTo("ai-tools");
    assertThat(first.getRating()).isEqualTo(5);
    assertThat(first.getLoggedAt()).isNotNull();
    assertThat(service.next(TANDEM)).map(SessionService.NextSession::position).contains(2);
    service.log(TANDEM, 2, new SessionLog(false, null, List.of(), null, false));
    service.log(TANDEM, 3, new SessionLog(false, null, List.of(), null, false));
    assertThat(service.session(TANDEM, 2).getStatus()).isEqualTo(SessionStatus.NOT_HELD);
    assertThat(service.next(TANDEM)).isEmpty();

    assertThat(service.planExtraSessions(TANDEM, 2)).extracting(TandemSession::getPosition).containsExactly(1, 2, 3, 4, 5);
    assertThat(service.session(TANDEM, 4).getPlannedAt()).isEqualTo(Instant.parse("2031-05-20T08:00:00Z"));
    assertThat(service.next(TANDEM)).map(SessionService.NextSession::position).contains(4);
    assertThatThrownBy(() -> service.planExtraSessions(TANDEM, 0)).isInstanceOf(RejectedInputException.class)
        .hasMessage("extraSessions: must be between 1 and 12");
    assertThatThrownBy(() -> service.planExtraSessions(TANDEM, null)).hasMessage("extraSessions: must be between 1 and 12");
  }

  @Test
  void reschedulingMovesTheSessionAndTheLaterOnesAndCountsTheSequenceUp() {
    service.planSessions(TANDEM);
    service.reschedule(TANDEM, 1, LocalDateTime.of(2031, 3, 27, 14, 0));
    assertThat(service.sessions(TANDEM)).extracting(TandemSession::getPlannedAt).containsExactly(
        Instant.parse("2031-03-27T13:00:00Z"), Instant.parse("2031-04-24T12:00:00Z"), Instant.parse("2031-05-08T12:00:00Z"));
    assertThat(service.sessions(TANDEM)).extracting(TandemSession::getCalendarSequence).containsExactly(1, 0, 0);
    service.reschedule(TANDEM, 1, LocalDateTime.of(2031, 3, 28, 14, 0));
    assertThat(service.session(TANDEM, 1).getCalendarSequence()).isEqualTo(2);
  }

  @Test
  void reschedulingRefusals() {
    service.planSessions(TANDEM);
    assertThatThrownBy(() -> service.reschedule(TANDEM, 1, LocalDateTime.of(2031, 3, 20, 12, 0)))
        .isInstanceOf(RejectedInputException.class).hasMessage("start: must be in the future");
    assertThatThrownBy(() -> service.reschedule(TANDEM, 1, LocalDateTime.of(2031, 6, 1, 10, 0)))
        .hasMessage("start: must be within 8 weeks of the planned time");
    assertThatThrownBy(() -> service.reschedule(TANDEM, 1, null)).hasMessage("start: must be a date and time");
    service.log(TANDEM, 1, new SessionLog(false, null, List.of(), null, false));
    assertThatThrownBy(() -> service.reschedule(TANDEM, 1, LocalDateTime.of(2031, 3, 27, 10, 0)))
        .hasMessage("start: session 1 can no longer be moved");
    assertThat(service.sessions(TANDEM)).extracting(TandemSession::getCalendarSequence).containsOnly(0);
    assertThat(service.session(TANDEM, 2).getPlannedAt()).isEqualTo(Instant.parse("2031-04-22T08:00:00Z"));
  }

  @Test
  void aPauseLastsOneToEightWeeks() {
    assertThat(SessionService.pauseWeeks(1)).isEqualTo(1);
    assertThat(SessionService.pauseWeeks(8)).isEqualTo(8);
    for (Integer weeks : new Integer[] {null, 0, 9, -1}) {
      assertThatThrownBy(() -> SessionService.pauseWeeks(weeks)).isInstanceOf(RejectedInputException.class)
          .hasMessage("pauseWeeks: must be between 1 and 8");
    }
  }

  @Test
  void pausingMovesTheSessionsAfterTheSilentOneByWeeksAtTheSameLocalTime() {
    service.planSessions(TANDEM);
    List<Instant> before = service.sessions(TANDEM).stream().map(TandemSession::getPlannedAt).toList();

    assertThatThrownBy(() -> service.pause(TANDEM, 1, 0)).isInstanceOf(RejectedInputException.class)
        .hasMessageContaining("pauseWeeks: must be between 1 and 8");
    assertThatThrownBy(() -> service.pause(TANDEM, 1, 9)).isInstanceOf(RejectedInputException.class);
    assertThatThrownBy(() -> service.pause(TANDEM, 1, null)).isInstanceOf(RejectedInputException.class);
    assertThat(service.sessions(TANDEM)).extracting(TandemSession::getPlannedAt).as("a refusal moves nothing")
        .containsExactlyElementsOf(before);

    assertThat(service.pause(TANDEM, 1, 2)).extracting(TandemSession::getPosition).containsExactly(2, 3);
    assertThat(service.sessions(TANDEM)).extracting(TandemSession::getPlannedAt).containsExactly(before.get(0),
        before.get(1).atZone(BERLIN).plusWeeks(2).toInstant(), before.get(2).atZone(BERLIN).plusWeeks(2).toInstant());
    assertThat(service.sessions(TANDEM)).extracting(TandemSession::getCalendarSequence).containsExactly(0, 1, 1);

    // across the change to summer time the local time stays: 10:00 Berlin is 09:00Z, then 08:00Z
    service.pause(TANDEM, 0, 1);
    assertThat(service.session(TANDEM, 1).getPlannedAt()).isEqualTo(Instant.parse("2031-04-01T08:00:00Z"));
  }

  @Test
  void aTandemStillAtItsKickoffCanEndEarlyButNotAClosedOne() {
    tandem.changeStatus(TandemStatus.KICKOFF, KICKOFF);
    service.endEarly(TANDEM, "Asked during the kickoff");
    assertThat(tandem.getStatus()).isEqualTo(TandemStatus.ENDED_EARLY);
    assertThat(service.sessions(TANDEM)).isEmpty();

    tandem.changeStatus(TandemStatus.CLOSED, KICKOFF);
    assertThatThrownBy(() -> service.endEarly(TANDEM, "late")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CLOSED");
  }

  @Test
  void endingEarlyCancelsThePlannedSessionsOnce() {
    service.planSessions(TANDEM);
    service.log(TANDEM, 1, new SessionLog(false, null, List.of(), null, false));
    service.endEarly(TANDEM, "No contact for weeks");
    assertThat(tandem.getStatus()).isEqualTo(TandemStatus.ENDED_EARLY);
    assertThat(tandem.getEndReason()).isEqualTo("No contact for weeks");
    assertThat(tandem.getEndedAt()).isEqualTo(Instant.parse("2031-03-20T12:00:00Z"));
    assertThat(service.sessions(TANDEM)).extracting(TandemSession::getStatus)
        .containsExactly(SessionStatus.NOT_HELD, SessionStatus.CANCELLED, SessionStatus.CANCELLED);
    service.endEarly(TANDEM, "again");
    assertThat(tandem.getEndReason()).as("a retried step changes nothing").isEqualTo("No contact for weeks");
  }

  @Test
  void theCheckInIsDueOnceHalfTheSessionsAreLoggedAndRecordedOnce() {
    service.planSessions(TANDEM);
    assertThat(service.checkInDue(TANDEM)).isFalse();
    service.log(TANDEM, 1, new SessionLog(false, null, List.of(), null, false));
    assertThat(service.checkInDue(TANDEM)).isFalse();
    service.log(TANDEM, 2, new SessionLog(true, 30, List.of("ai-tools"), null, false));
    assertThat(service.checkInDue(TANDEM)).as("2 of 3 sessions: half rounded up").isTrue();

    assertThatThrownBy(() -> service.recordCheckIn(TANDEM, "fine", "x".repeat(2001)))
        .isInstanceOf(RejectedInputException.class)
        .hasMessage("checkInAssessment: must be one of ON_TRACK, SOME_CONCERNS, NEEDS_HELP; checkInComment: must be at most 2000 characters");
    assertThatThrownBy(() -> service.recordCheckIn(TANDEM, null, null)).hasMessageContaining("checkInAssessment");
    assertThat(savedCheckIns).isEmpty();
    SupervisorCheckIn checkIn = service.recordCheckIn(TANDEM, "some_concerns", "  Misses work on Tuesdays ");
    assertThat(checkIn.getAssessment()).isEqualTo(CheckInAssessment.SOME_CONCERNS);
    assertThat(checkIn.getComment()).isEqualTo("Misses work on Tuesdays");
    assertThat(checkIn.getAnsweredAt()).isEqualTo(Instant.parse("2031-03-20T12:00:00Z"));
    assertThat(service.recordCheckIn(TANDEM, "ON_TRACK", null)).as("recorded once").isSameAs(checkIn);
    assertThat(service.checkInDue(TANDEM)).isFalse();
  }

  @Test
  void aSubstituteTakesOverThePlannedSessionsAsNewRevisions() {
    service.planSessions(TANDEM);
    service.log(TANDEM, 1, new SessionLog(false, null, List.of(), null, false));
    assertThat(service.handOver(TANDEM, 12L)).extracting(TandemSession::getPosition).containsExactly(2, 3);
    assertThat(service.sessions(TANDEM)).extracting(TandemSession::getMentorId).containsExactly(3L, 12L, 12L);
    assertThat(service.sessions(TANDEM)).extracting(TandemSession::getCalendarSequence).containsExactly(0, 1, 1);
  }

  @Test
  void onlyAnActiveTandemGetsSessions() {
    tandem.changeStatus(TandemStatus.KICKOFF, KICKOFF);
    assertThatThrownBy(() -> service.planSessions(TANDEM)).isInstanceOf(IllegalStateException.class);
    verify(repository, never()).save(any());
    assertThat(Optional.empty()).isEmpty();
  }
}
