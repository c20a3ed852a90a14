package org.reversementoring.tandem;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.recruitment.Mentor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the program organizers need to act on a tandem, in words: who the two are, how to reach
 * them, when they are free, and the dates at stake. Shown on their task and quoted in its mail
 * (the forms' details are in English, as the coordinators' are).
 */
@Service
@Transactional(readOnly = true)
public class OrganizerBriefs {

  /** The organizers' tasks a brief is for, as the model names them. */
  public enum Brief { KICKOFF_DATE, MISSING_LOG, REPLAN }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

  private final TandemParticipants participants;
  private final SessionService sessions;
  private final TandemProperties properties;

  public OrganizerBriefs(TandemParticipants participants, SessionService sessions, TandemProperties properties) {
    this.participants = participants;
    this.sessions = sessions;
    this.properties = properties;
  }

  /** The brief for this task; {@code position} is the session the loop is at (unused for a kickoff date). */
  public String of(Brief brief, long tandemId, Integer position) {
    TandemParticipants.Participants tandem = participants.of(tandemId);
    return switch (brief) {
      case KICKOFF_DATE -> kickoffDate(tandem);
      case MISSING_LOG -> missingLog(tandem, sessions.session(tandemId, position));
      case REPLAN -> replan(tandem, sessions.session(tandemId, position));
    };
  }

  private String kickoffDate(TandemParticipants.Participants tandem) {
    return "Tandem " + tandem.tandem().getNumber() + ": the two share no weekly slot.\n"
        + people(tandem, true)
        + "The tandem starts on " + DAY.format(tandem.tandem().getStartsOn()) + "; the kickoff lasts "
        + properties.kickoffDuration().toMinutes() + " minutes and needs " + properties.kickoffNotice().toDays()
        + " days' notice. AM slots start at " + properties.morningStart() + ", PM slots at "
        + properties.afternoonStart() + " (" + properties.zone().getId() + ").";
  }

  private String missingLog(TandemParticipants.Participants tandem, TandemSession session) {
    return "Tandem " + tandem.tandem().getNumber() + ": session " + session.getPosition() + " ("
        + when(session.getPlannedAt()) + ") has no log; the mentor was reminded after 7 days.\n"
        + people(tandem, false);
  }

  private String replan(TandemParticipants.Participants tandem, TandemSession missed) {
    List<TandemSession> all = sessions.sessions(tandem.tandem().getId());
    TandemSession last = all.get(all.size() - 1);
    return "Tandem " + tandem.tandem().getNumber() + ": session " + missed.getPosition() + " ("
        + when(missed.getPlannedAt()) + ") could not be held; the tandem asks for a replacement date.\n"
        + people(tandem, true)
        + "The replacement comes after the last session, session " + last.getPosition() + " ("
        + when(last.getPlannedAt()) + "), and lasts " + tandem.tandem().getSessionMinutes() + " minutes.";
  }

  private static String people(TandemParticipants.Participants tandem, boolean withSlots) {
    Mentor mentor = tandem.mentor();
    Mentee mentee = tandem.mentee();
    return "Mentor: " + mentor.getFullName() + " <" + mentor.getEmail() + ">"
        + (withSlots ? ", free " + slots(mentor.getAvailability()) : "") + "\n"
        + "Executive: " + mentee.getFullName() + " <" + mentee.getEmail() + ">"
        + (withSlots ? ", free " + slots(mentee.getAvailability()) : "") + "\n";
  }

  private static String slots(List<String> slots) {
    return slots.isEmpty() ? "(no weekly slot given)" : String.join(", ", slots);
  }

  private String when(Instant instant) {
    return WHEN.format(instant.atZone(properties.zone()));
  }
}
