package org.reversementoring.calendar;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The calendar entries of a tandem as iCalendar files for its mails: the kickoff, and each
 * session under one UID for all its revisions ({@code tandem-<id>-session-<position>}), sent as
 * an invitation or update (METHOD:REQUEST with the session's stored SEQUENCE) or a cancellation
 * (METHOD:CANCEL, SEQUENCE one above). Both participants are attendees, the program office the
 * organizer. Summary and description are in the language of the file's reader (calendar.tandem.*
 * in the documents bundle); UID and SEQUENCE do not depend on it, so each reader's entry is updated alike.
 */
@Component
public class TandemInvitations {

  /** Who meets: the tandem (its record id and number) and its mentor and mentee. */
  public record Pair(long tandemId, String number, String mentorName, String mentorEmail, String menteeName,
      String menteeEmail) {
  }

  /**
   * One session as it stands.
   *
   * @param start    in the program's zone
   * @param sequence the revision last sent, 0 for the first invitation
   */
  public record Session(int position, ZonedDateTime start, int minutes, int sequence) {
  }

  private final CalendarFiles files;
  private final ProgramProperties properties;
  private final MessageSource messages;

  public TandemInvitations(CalendarFiles files, ProgramProperties properties, MessageSource messages) {
    this.files = files;
    this.properties = properties;
    this.messages = messages;
  }

  /** The kickoff meeting, UID {@code tandem-<id>-kickoff}, SEQUENCE 0. */
  public byte[] kickoff(Pair pair, ZonedDateTime start, Duration length, Language language) {
    return files.request(List.of(new CalendarEvent(CalendarEvent.uidOf("tandem", pair.tandemId(), "kickoff"), 0,
        text("calendar.tandem.kickoff.summary", language, pair.mentorName(), pair.menteeName()),
        text("calendar.tandem.kickoff.description", language, pair.number()),
        null, null, start, start.plus(length), organizer(), attendees(pair))));
  }

  /** These sessions as they now stand (an invitation, or an update of one sent before); at least one. */
  public byte[] sessions(Pair pair, List<Session> sessions, Language language) {
    return files.request(sessionEvents(pair, sessions, language));
  }

  /** The calendar entries of these sessions as they now stand, e.g. for a file with other entries. */
  public List<CalendarEvent> sessionEvents(Pair pair, List<Session> sessions, Language language) {
    return sessions.stream().map(session -> event(pair, session, language)).toList();
  }

  /** These sessions cancelled: same UIDs, each SEQUENCE one above the last one sent; at least one. */
  public byte[] cancellations(Pair pair, List<Session> sessions, Language language) {
    return files.cancel(sessionEvents(pair, sessions, language));
  }

  /** {@code tandem-<id>-session-<position>@reverse-mentoring}. */
  public static String sessionUid(long tandemId, int position) {
    return CalendarEvent.uidOf("tandem", tandemId, "session", position);
  }

  private CalendarEvent event(Pair pair, Session session, Language language) {
    String position = String.valueOf(session.position());
    return new CalendarEvent(sessionUid(pair.tandemId(), session.position()), session.sequence(),
        text("calendar.tandem.session.summary", language, position, pair.mentorName(), pair.menteeName()),
        text("calendar.tandem.session.description", language, pair.number(), position),
        null, null, session.start(), session.start().plusMinutes(session.minutes()), organizer(), attendees(pair));
  }

  private String text(String key, Language language, Object... args) {
    return messages.getMessage(key, args, language.locale());
  }

  private static List<String> attendees(Pair pair) {
    return List.of(pair.mentorEmail(), pair.menteeEmail());
  }

  private CalendarEvent.Organizer organizer() {
    return CalendarEvent.Organizer.of(properties.mail().from());
  }
}
