package org.reversementoring.tandem;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.recruitment.Mentor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kickoff of a tandem: plans the meeting, records the goals and cadence the mentor agreed
 * and, once the mentee confirms them, makes the tandem active. Knows nothing of Camunda.
 */
@Service
@Transactional
public class KickoffService {

  /** What "Plan kickoff" decided, and who works the kickoff tasks. */
  public record KickoffPlan(KickoffSlots.Proposal proposal, String mentorUserId, String menteeUserId) {
  }

  private final TandemService tandems;
  private final TandemParticipants participants;
  private final KickoffSlots slots;
  private final Clock clock;

  public KickoffService(TandemService tandems, TandemParticipants participants, TandemProperties properties,
      Clock clock) {
    this.tandems = tandems;
    this.participants = participants;
    this.slots = new KickoffSlots(properties);
    this.clock = clock;
  }

  /**
   * Proposes the kickoff at the first weekly slot both named, from the start date on, stores it
   * and ties the tandem to its process instance.
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
    KickoffSlots.Proposal proposal = slots.propose(tandem.getStartsOn(), clock.instant(),
        mentor.getAvailability(), mentee.getAvailability());
    tandem.planKickoff(proposal.start().toInstant());
    tandem.attachToProcess(processInstanceId);
    return new KickoffPlan(proposal, mentor.getUserId(), mentee.getUserId());
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

  /** The agreement in words, as the mentee sees it on "Confirm kickoff" (the forms are in English). */
  @Transactional(readOnly = true)
  public String summary(long tandemId, java.time.ZoneId zone) {
    Tandem tandem = tandems.find(tandemId);
    StringBuilder text = new StringBuilder();
    if (tandem.getKickoffAt() != null) {
      text.append("Kickoff: ").append(DateTimeFormatter.ofPattern("EEE d MMMM yyyy, HH:mm", Locale.ENGLISH)
          .format(tandem.getKickoffAt().atZone(zone))).append(" (").append(zone.getId()).append(")\n");
    }
    if (tandem.getGoals() == null) {
      return text.append("No goals agreed yet.").toString();
    }
    text.append("Sessions: ").append(tandem.getSessionCount()).append(" of ").append(tandem.getSessionMinutes())
        .append(" minutes, every ").append(tandem.getCadenceWeeks() == 1 ? "week" : tandem.getCadenceWeeks() + " weeks")
        .append("\nGoals:\n");
    for (String goal : List.of(tandem.getGoals().split("\n"))) {
      text.append("- ").append(goal).append('\n');
    }
    text.append("No sessions during: ").append(tandem.getSkipPeriods() == null ? "(none)"
        : tandem.getSkipPeriods().replace("\n", ", "));
    return text.toString();
  }

  private static void requireStatus(Tandem tandem, TandemStatus expected) {
    if (tandem.getStatus() != expected) {
      throw new IllegalStateException("Tandem " + tandem.getNumber() + " is " + tandem.getStatus()
          + ", not " + expected);
    }
  }
}
