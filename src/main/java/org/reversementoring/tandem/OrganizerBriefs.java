package org.reversementoring.tandem;

import static org.reversementoring.tandem.TandemVariables.*;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reversementoring.common.Language;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.recruitment.Mentor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the program organizers need to act on a tandem, in words of the reader's language (the
 * documents bundle): who the two are, how to reach them, when they are free, and the dates at
 * stake. Made when the task's form is read and when its mail is written, never stored.
 */
@Service
@Transactional(readOnly = true)
public class OrganizerBriefs {

  /** The organizers' tasks a brief is for; {@link #code()} as the model names them. */
  public enum Brief {
    KICKOFF_DATE, MISSING_LOG, REPLAN;

    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Brief byCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  private static final String KEY = "organizer-brief.";

  private final TandemParticipants participants;
  private final SessionService sessions;
  private final TandemProperties properties;
  private final MessageSource messages;

  public OrganizerBriefs(TandemParticipants participants, SessionService sessions, TandemProperties properties,
      MessageSource messages) {
    this.participants = participants;
    this.sessions = sessions;
    this.properties = properties;
    this.messages = messages;
  }

  /**
   * The brief a task's variables (its own included) ask for, in that language; empty for a task
   * that names none (created before briefs were made for their reader: it holds its English text).
   */
  public Optional<String> of(Map<String, ?> variables, Language language) {
    return ORGANIZER_BRIEF_KIND.optionalFrom(variables).map(kind -> of(Brief.byCode(kind), TANDEM_ID.from(variables),
        SESSION_POSITION.optionalFrom(variables).orElse(null), language));
  }

  /** The brief for this task in that language; {@code position} is the session the loop is at (unused for a kickoff date). */
  public String of(Brief brief, long tandemId, Integer position, Language language) {
    Words words = new Words(language);
    TandemParticipants.Participants tandem = participants.of(tandemId);
    return switch (brief) {
      case KICKOFF_DATE -> kickoffDate(tandem, words);
      case MISSING_LOG -> missingLog(tandem, sessions.session(tandemId, position), words);
      case REPLAN -> replan(tandem, sessions.session(tandemId, position), words);
    };
  }

  private String kickoffDate(TandemParticipants.Participants tandem, Words words) {
    return words.line("kickoff-date", tandem.tandem().getNumber())
        + people(tandem, true, words)
        + words.text("kickoff-date.dates", words.date("day-pattern", tandem.tandem().getStartsOn()),
            String.valueOf(properties.kickoffDuration().toMinutes()), String.valueOf(properties.kickoffNotice().toDays()),
            properties.morningStart(), properties.afternoonStart(), properties.zone().getId());
  }

  private String missingLog(TandemParticipants.Participants tandem, TandemSession session, Words words) {
    return words.line("missing-log", tandem.tandem().getNumber(), String.valueOf(session.getPosition()),
        when(session.getPlannedAt(), words))
        + people(tandem, false, words);
  }

  private String replan(TandemParticipants.Participants tandem, TandemSession missed, Words words) {
    List<TandemSession> all = sessions.sessions(tandem.tandem().getId());
    TandemSession last = all.get(all.size() - 1);
    return words.line("replan", tandem.tandem().getNumber(), String.valueOf(missed.getPosition()),
        when(missed.getPlannedAt(), words))
        + people(tandem, true, words)
        + words.text("replan.after", String.valueOf(last.getPosition()), when(last.getPlannedAt(), words),
            String.valueOf(tandem.tandem().getSessionMinutes()));
  }

  private static String people(TandemParticipants.Participants tandem, boolean withSlots, Words words) {
    Mentor mentor = tandem.mentor();
    Mentee mentee = tandem.mentee();
    return words.text("mentor", mentor.getFullName(), mentor.getEmail())
        + (withSlots ? slots(mentor.getAvailability(), words) : "") + "\n"
        + words.text("executive", mentee.getFullName(), mentee.getEmail())
        + (withSlots ? slots(mentee.getAvailability(), words) : "") + "\n";
  }

  private static String slots(List<String> slots, Words words) {
    return words.text("free", slots.isEmpty() ? words.text("no-slot") : String.join(", ", slots));
  }

  private String when(Instant instant, Words words) {
    return words.date("when-pattern", instant.atZone(properties.zone()));
  }

  /** The brief's words in one language. */
  private final class Words {

    private final Language language;

    Words(Language language) {
      this.language = language;
    }

    String text(String key, Object... args) {
      return messages.getMessage(KEY + key, args, language.locale());
    }

    String line(String key, Object... args) {
      return text(key, args) + "\n";
    }

    String date(String patternKey, TemporalAccessor date) {
      return DateTimeFormatter.ofPattern(text(patternKey), language.locale()).format(date);
    }
  }
}
