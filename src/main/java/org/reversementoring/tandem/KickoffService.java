package org.reversementoring.tandem;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reversementoring.common.EnteredDateTime;
import org.reversementoring.common.Language;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.recruitment.Mentor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kickoff of a tandem: plans the meeting, records the goals and cadence the mentor agreed
 * and, once the mentee confirms them, makes the tandem active. Knows nothing of Camunda.
 */
@Service
@Transactional
public class KickoffService {

  /**
   * What "Plan kickoff" decided, and who works the kickoff tasks.
   *
   * @param sharedSlot whether the kickoff is planned in a weekly slot both share; if not, the
   *                   organizers agree a date ({@link #agreeDate})
   */
  public record KickoffPlan(boolean sharedSlot, String mentorUserId, String menteeUserId) {
  }

  /** How far after the earliest possible kickoff the organizers may set it. */
  static final int MAX_WEEKS_TO_KICKOFF = 8;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

  private final TandemService tandems;
  private final TandemParticipants participants;
  private final KickoffSlots slots;
  private final Clock clock;
  private final ZoneId zone;
  private final MessageSource messages;

  public KickoffService(TandemService tandems, TandemParticipants participants, TandemProperties properties,
      Clock clock, MessageSource messages) {
    this.tandems = tandems;
    this.participants = participants;
    this.slots = new KickoffSlots(properties);
    this.clock = clock;
    this.zone = properties.zone();
    this.messages = messages;
  }

  /**
   * Plans the kickoff at the first weekly slot both named, from the start date on, and ties the
   * tandem to its process instance; without a shared slot nothing is planned yet.
   */
  public KickoffPlan plan(long tandemId, String processInstanceId) {
    TandemParticipants.Participants pair = participants.of(tandemId);
    Tandem tandem = pair.tandem();
    requireStatus(tandem, TandemStatus.KICKOFF);
    Mentor mentor = pair.mentor();
    Mentee mentee = pair.mentee();
    if (mentor.getUserId() == null || mentee.getUserId() == null) {
      throw new IllegalStateException("Tandem " + tandem.getNumber() + ": mentor or mentee has no account");
    }
    Optional<KickoffSlots.Proposal> proposal = slots.propose(tandem.getStartsOn(), clock.instant(),
        mentor.getAvailability(), mentee.getAvailability());
    proposal.ifPresent(shared -> tandem.planKickoff(shared.start().toInstant()));
    tandem.attachToProcess(processInstanceId);
    return new KickoffPlan(proposal.isPresent(), mentor.getUserId(), mentee.getUserId());
  }

  /**
   * The kickoff date the organizers agreed with both (a local date and time in the program's zone,
   * or one with an offset): from the tandem's start day with the usual notice, and at most
   * {@value #MAX_WEEKS_TO_KICKOFF} weeks later. A refusal names {@code kickoffStart} and changes nothing.
   */
  public Tandem agreeDate(long tandemId, String start) {
    Tandem tandem = tandems.find(tandemId);
    requireStatus(tandem, TandemStatus.KICKOFF);
    String field = TandemVariables.KICKOFF_START.name();
    ZonedDateTime kickoff = EnteredDateTime.parse(field, start, zone);
    ZonedDateTime earliest = slots.earliest(tandem.getStartsOn(), clock.instant());
    if (kickoff.isBefore(earliest)) {
      throw new RejectedInputException(field, "must be on or after " + WHEN.format(earliest)
          + " (the tandem's start, with notice)");
    }
    if (kickoff.isAfter(earliest.plusWeeks(MAX_WEEKS_TO_KICKOFF))) {
      throw new RejectedInputException(field, "must be within " + MAX_WEEKS_TO_KICKOFF + " weeks of "
          + WHEN.format(earliest));
    }
    tandem.planKickoff(kickoff.toInstant());
    return tandem;
  }

  /** Records what the mentor agreed; agreeing again (after the mentee asked for changes) replaces it. */
  public Tandem agree(long tandemId, GoalsAndCadence agreed) {
    Tandem tandem = tandems.find(tandemId);
    requireStatus(tandem, TandemStatus.KICKOFF);
    tandem.agree(agreed.goalsText(), agreed.cadenceWeeks(), agreed.sessionCount(), agreed.sessionMinutes(),
        agreed.skipPeriods().isEmpty() ? null : agreed.skipPeriodsText());
    return tandem;
  }

  /** The mentee confirmed the goals: the tandem is active, the sessions follow. */
  public Tandem activate(long tandemId) {
    Tandem tandem = tandems.find(tandemId);
    requireStatus(tandem, TandemStatus.KICKOFF);
    if (tandem.getGoals() == null) {
      throw new IllegalStateException("Tandem " + tandem.getNumber() + " has no agreed goals yet");
    }
    tandem.changeStatus(TandemStatus.ACTIVE, clock.instant());
    return tandem;
  }

  /**
   * The agreement in words, as the mentee reads it on "Confirm kickoff", in the reader's language
   * (words {@code kickoff-summary.*} in messages/documents).
   */
  @Transactional(readOnly = true)
  public String summary(long tandemId, ZoneId zone, Language language) {
    Tandem tandem = tandems.find(tandemId);
    Locale locale = language.locale();
    StringBuilder text = new StringBuilder();
    if (tandem.getKickoffAt() != null) {
      String when = DateTimeFormatter.ofPattern(words("kickoff-summary.date-pattern", locale), locale)
          .format(tandem.getKickoffAt().atZone(zone));
      text.append(words("kickoff-summary.kickoff", locale, when, zone.getId())).append('\n');
    }
    if (tandem.getGoals() == null) {
      return text.append(words("kickoff-summary.no-goals", locale)).toString();
    }
    text.append(words("kickoff-summary.sessions", locale, tandem.getSessionCount(), tandem.getSessionMinutes(),
        tandem.getCadenceWeeks())).append('\n').append(words("kickoff-summary.goals", locale)).append('\n');
    for (String goal : List.of(tandem.getGoals().split("\n"))) {
      text.append("- ").append(goal).append('\n');
    }
    String skipped = tandem.getSkipPeriods() == null ? words("kickoff-summary.no-skip", locale)
        : tandem.getSkipPeriods().replace("\n", ", ");
    return text.append(words("kickoff-summary.skip", locale, skipped)).toString();
  }

  private String words(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  private static void requireStatus(Tandem tandem, TandemStatus expected) {
    if (tandem.getStatus() != expected) {
      throw new IllegalStateException("Tandem " + tandem.getNumber() + " is " + tandem.getStatus()
          + ", not " + expected);
    }
  }
}
