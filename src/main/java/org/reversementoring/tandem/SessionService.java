package org.reversementoring.tandem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reversementoring.common.EnteredDateTime;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.tandem.TandemVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recurring sessions of an active tandem: plans them from the agreed cadence (skipping the
 * declared periods), hands the process the next one, records the mentor's log and the mentee's
 * rating, and plans extra sessions when the tandem is extended. Knows nothing of Camunda.
 */
@Service
@Transactional
public class SessionService {

  /** The reminder with the calendar update goes out this long before a session. */
  public static final Duration REMINDER_BEFORE = Duration.ofDays(1);
  public static final int MAX_EXTRA_SESSIONS = 12;
  public static final int MAX_SHIFT_WEEKS = 8;
  /** A silent tandem may pause for 1 to this many weeks. */
  public static final int MAX_PAUSE_WEEKS = 8;
  public static final int MAX_WEEKS_TO_REPLACEMENT = 12;
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);
  /** The field of the reschedule page. */
  public static final String RESCHEDULE_START = "start";

  /** The session the process works on next, with the times of its timers. */
  public record NextSession(int position, Instant plannedAt, Instant reminderAt, Instant endsAt) {
  }

  private final TandemService tandems;
  private final TandemSessionRepository sessions;
  private final TandemProperties properties;
  private final Clock clock;
  private final SupervisorCheckInRepository checkIns;

  public SessionService(TandemService tandems, TandemSessionRepository sessions, TandemProperties properties,
      Clock clock, SupervisorCheckInRepository checkIns) {
    this.checkIns = checkIns;
    this.tandems = tandems;
    this.sessions = sessions;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Plans the agreed number of sessions, the first one cadence after the kickoff. Planning again
   * (a retried step) keeps what is there.
   */
  public List<TandemSession> planSessions(long tandemId) {
    Tandem tandem = activeTandem(tandemId);
    List<TandemSession> existing = sessions.findByTandemIdOrderByPosition(tandemId);
    if (!existing.isEmpty()) {
      return existing;
    }
    if (tandem.getKickoffAt() == null || tandem.getCadenceWeeks() == null || tandem.getSessionCount() == null) {
      throw new IllegalStateException("Tandem " + tandem.getNumber() + " has no kickoff or cadence agreed");
    }
    return add(tandem, tandem.getKickoffAt(), tandem.getSessionCount(), 1);
  }

  /** The tandem is extended: {@code extra} more sessions after the last one, positions continuing. */
  public List<TandemSession> planExtraSessions(long tandemId, Integer extra) {
    if (extra == null || extra < 1 || extra > MAX_EXTRA_SESSIONS) {
      throw new RejectedInputException(TandemVariables.EXTRA_SESSIONS.name(), "must be between 1 and " + MAX_EXTRA_SESSIONS);
    }
    Tandem tandem = activeTandem(tandemId);
    List<TandemSession> existing = sessions.findByTandemIdOrderByPosition(tandemId);
    if (existing.isEmpty()) {
      throw new IllegalStateException("Tandem " + tandem.getNumber() + " has no sessions to extend");
    }
    TandemSession last = existing.get(existing.size() - 1);
    return add(tandem, last.getPlannedAt(), extra, last.getPosition() + 1);
  }

  /**
   * A session that could not be held is replaced, at the tandem's request, by one more session on
   * the date the organizers agreed with both (a local date and time in the program's zone, or one
   * with an offset): after the last session of the series ends, and within
   * {@value #MAX_WEEKS_TO_REPLACEMENT} weeks of that. It takes the next position, so the sessions
   * stay in order. A refusal names {@code replacementStart} and changes nothing.
   */
  public TandemSession addReplacement(long tandemId, String start) {
    Tandem tandem = activeTandem(tandemId);
    String field = TandemVariables.REPLACEMENT_START.name();
    Instant replacement = EnteredDateTime.parse(field, start, properties.zone()).toInstant();
    List<TandemSession> series = sessions.findByTandemIdOrderByPosition(tandemId);
    TandemSession last = series.get(series.size() - 1);
    Instant earliest = last.getPlannedEnd().isAfter(clock.instant()) ? last.getPlannedEnd() : clock.instant();
    if (!replacement.isAfter(earliest)) {
      throw new RejectedInputException(field, "must be after " + LOCAL.format(earliest.atZone(properties.zone()))
          + " (the end of session " + last.getPosition() + ", the last one, and now)");
    }
    if (replacement.isAfter(earliest.plus(Duration.ofDays(7L * MAX_WEEKS_TO_REPLACEMENT)))) {
      throw new RejectedInputException(field, "must be within " + MAX_WEEKS_TO_REPLACEMENT + " weeks of "
          + LOCAL.format(earliest.atZone(properties.zone())));
    }
    return sessions.save(new TandemSession(tandemId, last.getPosition() + 1, tandem.getMentorId(), replacement,
        tandem.getSessionMinutes()));
  }

  /** The first session still planned, or empty when every session is logged. */
  @Transactional(readOnly = true)
  public Optional<NextSession> next(long tandemId) {
    return sessions.findFirstByTandemIdAndStatusOrderByPosition(tandemId, SessionStatus.PLANNED)
        .map(s -> new NextSession(s.getPosition(), s.getPlannedAt(), s.getPlannedAt().minus(REMINDER_BEFORE),
            s.getPlannedEnd()));
  }

  /**
   * Moves the session at {@code position} to {@code newStart} (local time in the program zone):
   * its calendar sequence counts up, and every later planned session moves by the same time, so
   * the schedule shifts and nothing is lost. Only a planned session whose time has not come can
   * move, to a time in the future at most {@value #MAX_SHIFT_WEEKS} weeks from the planned one.
   */
  public TandemSession reschedule(long tandemId, int position, java.time.LocalDateTime newStart) {
    activeTandem(tandemId);
    TandemSession session = session(tandemId, position);
    Instant now = clock.instant();
    if (session.getStatus() != SessionStatus.PLANNED || !session.getPlannedAt().isAfter(now)) {
      throw new RejectedInputException(RESCHEDULE_START, "session " + position + " can no longer be moved");
    }
    if (newStart == null) {
      throw new RejectedInputException(RESCHEDULE_START, "must be a date and time");
    }
    Instant start = newStart.atZone(properties.zone()).toInstant();
    if (!start.isAfter(now)) {
      throw new RejectedInputException(RESCHEDULE_START, "must be in the future");
    }
    Duration shift = Duration.between(session.getPlannedAt(), start);
    if (shift.abs().compareTo(Duration.ofDays(7L * MAX_SHIFT_WEEKS)) > 0) {
      throw new RejectedInputException(RESCHEDULE_START, "must be within " + MAX_SHIFT_WEEKS + " weeks of the planned time");
    }
    if (shift.isZero()) {
      return session;
    }
    for (TandemSession later : sessions.findByTandemIdOrderByPosition(tandemId)) {
      if (later.getStatus() == SessionStatus.PLANNED && later.getPosition() >= position) {
        later.moveBy(shift, later.getPosition() == position);
      }
    }
    return session;
  }

  /**
   * Ends the tandem early ({@code ENDED_EARLY}, with the reason) and cancels every session still
   * planned; also during the kickoff (a participant may ask then), when there are none yet.
   * Ending it again (a retried step) changes nothing.
   */
  public Tandem endEarly(long tandemId, String reason) {
    Tandem tandem = tandems.find(tandemId);
    if (tandem.getStatus() == TandemStatus.ENDED_EARLY) {
      return tandem;
    }
    if (!TandemStatus.RUNNING.contains(tandem.getStatus())) {
      throw new IllegalStateException("Tandem " + tandem.getNumber() + " is " + tandem.getStatus() + ", cannot end early");
    }
    tandem.end(TandemStatus.ENDED_EARLY, reason, clock.instant());
    sessions.findByTandemIdOrderByPosition(tandemId).stream()
        .filter(s -> s.getStatus() == SessionStatus.PLANNED).forEach(TandemSession::cancel);
    return tandem;
  }

  /**
   * Pauses a silent tandem: every planned session after {@code afterPosition} (the session waiting
   * for its log stays as it is) moves by {@code weeks} weeks at the same local time, each as a new
   * calendar revision. Refused, naming {@code pauseWeeks}, outside 1 to {@value #MAX_PAUSE_WEEKS}.
   * Returns the moved sessions.
   */
  public List<TandemSession> pause(long tandemId, int afterPosition, Integer weeks) {
    pauseWeeks(weeks);
    activeTandem(tandemId);
    List<TandemSession> later = sessions.findByTandemIdOrderByPosition(tandemId).stream()
        .filter(s -> s.getStatus() == SessionStatus.PLANNED && s.getPosition() > afterPosition).toList();
    for (TandemSession session : later) {
      Instant planned = session.getPlannedAt();
      session.moveBy(Duration.between(planned, planned.atZone(properties.zone()).plusWeeks(weeks).toInstant()), true);
    }
    return later;
  }

  /**
   * The weeks the coordinators pause a silent tandem for: 1 to {@value #MAX_PAUSE_WEEKS}, refused
   * naming {@code pauseWeeks} otherwise (also when there are none).
   */
  public static int pauseWeeks(Integer weeks) {
    if (weeks == null || weeks < 1 || weeks > MAX_PAUSE_WEEKS) {
      throw new RejectedInputException(TandemVariables.PAUSE_WEEKS.name(), "must be between 1 and " + MAX_PAUSE_WEEKS);
    }
    return weeks;
  }

  /**
   * Whether the training supervisor's mid-program check-in is due now: half the agreed sessions
   * (rounded up) are logged and no check-in is recorded yet.
   */
  @Transactional(readOnly = true)
  public boolean checkInDue(long tandemId) {
    Tandem tandem = tandems.find(tandemId);
    if (tandem.getSessionCount() == null || checkIns.existsByTandemId(tandemId)) {
      return false;
    }
    long logged = sessions.findByTandemIdOrderByPosition(tandemId).stream()
        .filter(s -> s.getStatus() == SessionStatus.HELD || s.getStatus() == SessionStatus.NOT_HELD).count();
    return logged == (tandem.getSessionCount() + 1) / 2;
  }

  /**
   * The supervisor's check-in: {@code ON_TRACK}, {@code SOME_CONCERNS} or {@code NEEDS_HELP} and an
   * optional comment of at most 2000 characters; refused naming the field, recorded once.
   */
  public SupervisorCheckIn recordCheckIn(long tandemId, String assessment, String comment) {
    List<org.reversementoring.common.FieldError> errors = new java.util.ArrayList<>();
    CheckInAssessment value = null;
    try {
      value = CheckInAssessment.valueOf(assessment == null ? "" : assessment.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(new org.reversementoring.common.FieldError(TandemVariables.CHECK_IN_ASSESSMENT.name(),
          "must be one of ON_TRACK, SOME_CONCERNS, NEEDS_HELP"));
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (text != null && text.length() > SessionLog.MAX_TEXT) {
      errors.add(new org.reversementoring.common.FieldError(TandemVariables.CHECK_IN_COMMENT.name(),
          "must be at most " + SessionLog.MAX_TEXT + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new RejectedInputException(errors);
    }
    List<SupervisorCheckIn> existing = checkIns.findByTandemId(tandemId);
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    tandems.find(tandemId);
    return checkIns.save(new SupervisorCheckIn(tandemId, value, text, clock.instant()));
  }

  /** Every session still planned moves to the substitute mentor; returns them. */
  public List<TandemSession> handOver(long tandemId, long substituteMentorId) {
    List<TandemSession> remaining = sessions.findByTandemIdOrderByPosition(tandemId).stream()
        .filter(s -> s.getStatus() == SessionStatus.PLANNED).toList();
    remaining.forEach(s -> s.handOver(substituteMentorId));
    return remaining;
  }

  /** The mentor's log of the session at {@code position}; logging it again replaces the log. */
  public TandemSession log(long tandemId, int position, SessionLog log) {
    TandemSession session = session(tandemId, position);
    if (session.getStatus() == SessionStatus.CANCELLED) {
      throw new IllegalStateException("Session " + position + " of tandem " + tandemId + " is cancelled");
    }
    session.log(log, clock.instant());
    return session;
  }

  /** The mentee's rating of the session at {@code position}. */
  public TandemSession rate(long tandemId, int position, SessionLog.Rating rating) {
    TandemSession session = session(tandemId, position);
    session.rate(rating, clock.instant());
    return session;
  }

  @Transactional(readOnly = true)
  public TandemSession session(long tandemId, int position) {
    return sessions.findByTandemIdAndPosition(tandemId, position)
        .orElseThrow(() -> new IllegalArgumentException("Tandem " + tandemId + " has no session " + position));
  }

  @Transactional(readOnly = true)
  public List<TandemSession> sessions(long tandemId) {
    return sessions.findByTandemIdOrderByPosition(tandemId);
  }

  private List<TandemSession> add(Tandem tandem, Instant anchor, int count, int firstPosition) {
    ZonedDateTime from = anchor.atZone(properties.zone());
    List<ZonedDateTime> starts = SessionSchedule.plan(from, tandem.getCadenceWeeks(), count,
        SessionSchedule.parse(tandem.getSkipPeriods()));
    int position = firstPosition;
    for (ZonedDateTime start : starts) {
      sessions.save(new TandemSession(tandem.getId(), position++, tandem.getMentorId(), start.toInstant(),
          tandem.getSessionMinutes()));
    }
    return sessions.findByTandemIdOrderByPosition(tandem.getId());
  }

  private Tandem activeTandem(long tandemId) {
    Tandem tandem = tandems.find(tandemId);
    if (tandem.getStatus() != TandemStatus.ACTIVE) {
      throw new IllegalStateException("Tandem " + tandem.getNumber() + " is " + tandem.getStatus() + ", not ACTIVE");
    }
    return tandem;
  }
}
