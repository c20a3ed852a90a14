package org.reversementoring.tandem;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.reversementoring.calendar.CalendarEvent;
import org.reversementoring.calendar.CalendarFiles;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.identity.AccountActivation;
import org.reversementoring.identity.ParticipantDirectory;
import org.reversementoring.identity.ProgramGroup;
import org.reversementoring.notification.MailAttachment;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.Mailer;
import org.reversementoring.recruitment.Mentor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Mails of the tandem lifecycle. Placeholders of every template: {0} tandem number, {1} mentor's
 * name, {2} mentee's name, {3} kickoff date and time in words (program zone), {4} a sentence on
 * how the kickoff time was chosen, {5} weeks between sessions, {6} sessions, {7} minutes per
 * session. Participants' mails carry the link to set a password while their account has none.
 */
@Service
public class TandemMails {

  /** Who a mail goes to, as the BPMN names it. */
  public enum Recipient { MENTOR, MENTEE }

  static final String KICKOFF_TEMPLATE = "tandem-kickoff";
  static final String SESSION_REMINDER_TEMPLATE = "tandem-session-reminder";
  static final String CHECK_IN_TEMPLATE = "tandem-check-in";
  static final String SUBSTITUTE_TEMPLATE = "tandem-substitute";
  static final String REPLACED_TEMPLATE = "tandem-mentor-replaced";

  private final KickoffService kickoffs;
  private final TandemProperties tandemProperties;
  private final CalendarFiles calendars;
  private final AccountActivation activation;
  private final MessageSource messages;
  private final Mailer mailer;
  private final ProgramProperties properties;
  private final SessionService sessions;
  private final SessionLinks sessionLinks;
  private final ParticipantDirectory directory;

  public TandemMails(KickoffService kickoffs, TandemProperties tandemProperties, CalendarFiles calendars,
      AccountActivation activation, MessageSource messages, Mailer mailer, ProgramProperties properties,
      SessionService sessions, SessionLinks sessionLinks, ParticipantDirectory directory) {
    this.directory = directory;
    this.sessions = sessions;
    this.sessionLinks = sessionLinks;
    this.kickoffs = kickoffs;
    this.tandemProperties = tandemProperties;
    this.calendars = calendars;
    this.activation = activation;
    this.messages = messages;
    this.mailer = mailer;
    this.properties = properties;
  }

  /**
   * The kickoff invitation with the calendar file to the mentor and to the mentee, each in their
   * language; the training supervisor gets the date in a mail of their own (to release the
   * apprentice from work), without the mentor's personal links.
   */
  public void kickoffInvitation(long tandemId, String stepKey, String processInstanceId) {
    KickoffService.Participants participants = kickoffs.participants(tandemId);
    Mentor mentor = participants.mentor();
    Mentee mentee = participants.mentee();
    MailAttachment invitation = MailAttachment.calendarRequest(calendars.request(List.of(kickoffEvent(participants))));
    mailer.send(new MailMessage(stepKey + "/mentor", KICKOFF_TEMPLATE + "-mentor", List.of(mentor.getEmail()),
        mentor.getFirstName(), mentor.getLanguage(), args(participants, mentor.getLanguage()), null, null,
        activationUrl(mentor.getEmail()), endUrl(tandemId, Recipient.MENTOR), processInstanceId, null, List.of(invitation)));
    mailer.send(new MailMessage(stepKey + "/supervisor", KICKOFF_TEMPLATE + "-mentor-copy",
        List.of(mentor.getSupervisorEmail()), mentor.getLanguage().colleague(), mentor.getLanguage(),
        args(participants, mentor.getLanguage()), null, null, null, null, processInstanceId, null, List.of(invitation)));
    mailer.send(new MailMessage(stepKey + "/mentee", KICKOFF_TEMPLATE + "-mentee", List.of(mentee.getEmail()),
        mentee.getFirstName(), mentee.getLanguageValue(), args(participants, mentee.getLanguageValue()), null,
        null, activationUrl(mentee.getEmail()), endUrl(tandemId, Recipient.MENTEE), processInstanceId, null,
        List.of(invitation)));
  }

  /**
   * A mail to one participant, with a link to the task when {@code taskId} is set. Mails about
   * confirming the kickoff quote the agreed goals; {@code quote} else, e.g. the changes asked for.
   */
  public void toParticipant(String template, Recipient recipient, long tandemId, String stepKey,
      String processInstanceId, String taskId, String quote) {
    KickoffService.Participants participants = kickoffs.participants(tandemId);
    String email = recipient == Recipient.MENTOR ? participants.mentor().getEmail() : participants.mentee().getEmail();
    String firstName = recipient == Recipient.MENTOR ? participants.mentor().getFirstName()
        : participants.mentee().getFirstName();
    Language language = recipient == Recipient.MENTOR ? participants.mentor().getLanguage()
        : participants.mentee().getLanguageValue();
    String quoted = template.startsWith("tandem-confirm-kickoff") ? participants.tandem().getGoals() : quote;
    mailer.send(new MailMessage(stepKey, template, List.of(email), firstName, language,
        args(participants, language), quoted, taskId == null ? null : properties.taskUrl(taskId),
        activationUrl(email), endUrl(tandemId, recipient), processInstanceId, taskId, List.of()));
  }

  /**
   * The reminder before a session, to mentor and mentee each in their language, with the
   * session's calendar event as it stands (UID {@code tandem-<id>-session-<position>}, SEQUENCE
   * the session's {@code calendar_sequence}), so the entry in their calendars is updated, not
   * doubled, and the link to move the session. Session placeholders: {8} position, {9} date and time in words, {10} minutes.
   */
  public void sessionReminder(String template, long tandemId, int position, String stepKey, String processInstanceId) {
    KickoffService.Participants participants = kickoffs.participants(tandemId);
    TandemSession session = sessions.session(tandemId, position);
    MailAttachment invitation = MailAttachment.calendarRequest(
        calendars.request(List.of(sessionEvent(participants, session))));
    for (Recipient recipient : Recipient.values()) {
      Person person = person(participants, recipient);
      mailer.send(new MailMessage(stepKey + "/" + recipient.name().toLowerCase(), template,
          List.of(person.email()), person.firstName(), person.language(),
          sessionArgs(participants, session, person.language()), null,
          sessionLinks.moveUrl(tandemId, position), activationUrl(person.email()), endUrl(tandemId, recipient),
          processInstanceId, null, List.of(invitation)));
    }
  }

  /** A mail about one session's task (log, rate) or reminder, with the task link when {@code taskId} is set. */
  public void sessionMail(String template, Recipient recipient, long tandemId, int position, String stepKey,
      String processInstanceId, String taskId) {
    KickoffService.Participants participants = kickoffs.participants(tandemId);
    TandemSession session = sessions.session(tandemId, position);
    Person person = person(participants, recipient);
    mailer.send(new MailMessage(stepKey, template, List.of(person.email()), person.firstName(), person.language(),
        sessionArgs(participants, session, person.language()), null,
        taskId == null ? null : properties.taskUrl(taskId), activationUrl(person.email()), endUrl(tandemId, recipient),
        processInstanceId, taskId, List.of()));
  }

  /**
   * Asks the mentor's training supervisor for the mid-program check-in, in the mentor's language,
   * with the task link.
   */
  public void checkInRequest(long tandemId, String stepKey, String processInstanceId, String taskId) {
    KickoffService.Participants participants = kickoffs.participants(tandemId);
    String email = participants.mentor().getSupervisorEmail();
    Language language = participants.mentor().getLanguage();
    mailer.send(new MailMessage(stepKey, CHECK_IN_TEMPLATE, List.of(email), language.colleague(), language,
        args(participants, language), null, properties.taskUrl(taskId), activationUrl(email), null,
        processInstanceId, taskId, List.of()));
  }

  /**
   * New invitations after a substitute took over: one calendar file with every session still
   * planned (same UIDs, the raised SEQUENCE), to the substitute and to the mentee.
   */
  public void substituteInvitations(long tandemId, String stepKey, String processInstanceId) {
    plannedSessionsUpdate(SUBSTITUTE_TEMPLATE, tandemId, stepKey, processInstanceId);
  }

  /**
   * A mail to the (current) mentor and the mentee with one calendar file holding every session
   * still planned as it now stands (same UIDs, the stored SEQUENCE), e.g. after a substitute took
   * over or the tandem was paused.
   */
  public void plannedSessionsUpdate(String template, long tandemId, String stepKey, String processInstanceId) {
    KickoffService.Participants participants = kickoffs.participants(tandemId);
    List<CalendarEvent> events = sessions.sessions(tandemId).stream()
        .filter(s -> s.getStatus() == SessionStatus.PLANNED).map(s -> sessionEvent(participants, s)).toList();
    List<MailAttachment> attachments = events.isEmpty() ? List.of()
        : List.of(MailAttachment.calendarRequest(calendars.request(events)));
    for (Recipient recipient : Recipient.values()) {
      Person person = person(participants, recipient);
      mailer.send(new MailMessage(stepKey + "/" + recipient.name().toLowerCase(), template,
          List.of(person.email()), person.firstName(), person.language(), args(participants, person.language()),
          null, null, activationUrl(person.email()), endUrl(tandemId, recipient), processInstanceId, null,
          attachments));
    }
  }

  /**
   * A mail to mentor and mentee about the end or continuation of their tandem, each in their
   * language. Once the tandem has ended early, it carries a calendar cancellation (METHOD:CANCEL)
   * of every session the end cancelled: same UIDs, SEQUENCE one above the last one sent. The
   * cancelled sessions keep their stored sequence, as nothing is sent about them again.
   */
  public void endingMail(String template, Recipient recipient, long tandemId, String stepKey, String processInstanceId,
      String quote) {
    KickoffService.Participants participants = kickoffs.participants(tandemId);
    List<MailAttachment> attachments = List.of();
    if (participants.tandem().getStatus() == TandemStatus.ENDED_EARLY) {
      List<CalendarEvent> cancelled = sessions.sessions(tandemId).stream()
          .filter(s -> s.getStatus() == SessionStatus.CANCELLED).map(s -> sessionEvent(participants, s)).toList();
      attachments = cancelled.isEmpty() ? List.of() : List.of(MailAttachment.calendarCancel(calendars.cancel(cancelled)));
    }
    Person person = person(participants, recipient);
    boolean running = TandemStatus.RUNNING.contains(participants.tandem().getStatus());
    mailer.send(new MailMessage(stepKey, template, List.of(person.email()), person.firstName(), person.language(),
        args(participants, person.language()), quote, null, activationUrl(person.email()),
        running ? endUrl(tandemId, recipient) : null, processInstanceId, null, attachments));
  }

  /**
   * To the mentor a substitute replaced, in their language: the sessions they no longer hold
   * (every session still planned) as a calendar cancellation, METHOD:CANCEL with the same UIDs
   * and SEQUENCE one above the substitute's invitation, them and the mentee as attendees.
   */
  public void replacedMentorCancellation(long tandemId, long replacedMentorId, String stepKey, String processInstanceId) {
    KickoffService.Participants participants = kickoffs.participants(tandemId);
    Mentor replaced = kickoffs.mentor(replacedMentorId);
    KickoffService.Participants before = new KickoffService.Participants(participants.tandem(), replaced,
        participants.mentee());
    List<CalendarEvent> events = sessions.sessions(tandemId).stream()
        .filter(s -> s.getStatus() == SessionStatus.PLANNED).map(s -> sessionEvent(before, s)).toList();
    List<MailAttachment> attachments = events.isEmpty() ? List.of()
        : List.of(MailAttachment.calendarCancel(calendars.cancel(events)));
    mailer.send(new MailMessage(stepKey, REPLACED_TEMPLATE, List.of(replaced.getEmail()), replaced.getFirstName(),
        replaced.getLanguage(), args(participants, replaced.getLanguage()), null, null, activationUrl(replaced.getEmail()),
        null, processInstanceId, null, attachments));
  }

  /** A mail about a tandem's task to the coordinators (or the program office's address), with the task link. */
  public void toCoordinators(String template, long tandemId, String stepKey, String processInstanceId, String taskId,
      String quote) {
    KickoffService.Participants participants = kickoffs.participants(tandemId);
    List<String> coordinators = directory.emailsOf(ProgramGroup.COORDINATORS);
    mailer.send(new MailMessage(stepKey, template,
        coordinators.isEmpty() ? List.of(properties.mail().coordinatorsAddress()) : coordinators,
        "colleague", Language.EN, args(participants, Language.EN), quote, properties.taskUrl(taskId), null, null,
        processInstanceId, taskId, List.of()));
  }

  /** The calendar event of a session: the same UID for every revision, SEQUENCE from the record. */
  CalendarEvent sessionEvent(KickoffService.Participants participants, TandemSession session) {
    ZonedDateTime start = session.getPlannedAt().atZone(tandemProperties.zone());
    return new CalendarEvent(sessionUid(participants.tandem().getId(), session.getPosition()),
        session.getCalendarSequence(),
        "Reverse Mentoring session " + session.getPosition() + ": " + participants.mentor().getFullName() + " & "
            + participants.mentee().getFullName(),
        "Tandem " + participants.tandem().getNumber() + ", session " + session.getPosition() + ".",
        null, null, start, start.plusMinutes(session.getPlannedMinutes()), organizer(),
        List.of(participants.mentor().getEmail(), participants.mentee().getEmail()));
  }

  /** {@code tandem-<id>-session-<position>@reverse-mentoring}. */
  public static String sessionUid(long tandemId, int position) {
    return CalendarEvent.uidOf("tandem", tandemId, "session", position);
  }

  private record Person(String email, String firstName, Language language) {
  }

  private static Person person(KickoffService.Participants participants, Recipient recipient) {
    return recipient == Recipient.MENTOR
        ? new Person(participants.mentor().getEmail(), participants.mentor().getFirstName(),
            participants.mentor().getLanguage())
        : new Person(participants.mentee().getEmail(), participants.mentee().getFirstName(),
            participants.mentee().getLanguageValue());
  }

  private List<Object> sessionArgs(KickoffService.Participants participants, TandemSession session, Language language) {
    List<Object> args = new java.util.ArrayList<>(args(participants, language));
    args.add(session.getPosition());
    args.add(when(session.getPlannedAt(), language));
    args.add(session.getPlannedMinutes());
    return args;
  }

  private CalendarEvent kickoffEvent(KickoffService.Participants participants) {
    Tandem tandem = participants.tandem();
    if (tandem.getKickoffAt() == null) {
      throw new IllegalStateException("Tandem " + tandem.getNumber() + " has no kickoff planned");
    }
    ZonedDateTime start = tandem.getKickoffAt().atZone(tandemProperties.zone());
    return new CalendarEvent(CalendarEvent.uidOf("tandem", tandem.getId(), "kickoff"), 0,
        "Reverse Mentoring kickoff: " + participants.mentor().getFullName() + " & "
            + participants.mentee().getFullName(),
        "Tandem " + tandem.getNumber() + ": get to know each other and agree goals and cadence."
            + " Agree the place between you.",
        null, null, start, start.plus(tandemProperties.kickoffDuration()), organizer(),
        List.of(participants.mentor().getEmail(), participants.mentee().getEmail()));
  }

  private List<Object> args(KickoffService.Participants participants, Language language) {
    Tandem tandem = participants.tandem();
    String basis = messages.getMessage(KICKOFF_TEMPLATE + (kickoffs.kickoffInSharedSlot(participants)
        ? ".shared-slot" : ".no-shared-slot"), new Object[] {participants.mentee().getFullName()}, language.locale());
    return List.of(tandem.getNumber(), participants.mentor().getFullName(), participants.mentee().getFullName(),
        when(tandem.getKickoffAt(), language), basis,
        number(tandem.getCadenceWeeks()), number(tandem.getSessionCount()), number(tandem.getSessionMinutes()));
  }

  private String when(Instant instant, Language language) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofPattern(language == Language.DE ? "EEEE, d. MMMM yyyy, HH:mm" : "EEEE d MMMM yyyy, HH:mm",
        language.locale()).format(instant.atZone(tandemProperties.zone()));
  }

  /** Small numbers (the templates choose "every week" or "every 2 weeks"); empty before they are agreed. */
  private static Object number(Integer value) {
    return value == null ? "" : value;
  }

  private String activationUrl(String email) {
    return activation.activationUrlFor(email).orElse(null);
  }

  private String endUrl(long tandemId, Recipient recipient) {
    return sessionLinks.endRequestUrl(tandemId, recipient);
  }

  private CalendarEvent.Organizer organizer() {
    return CalendarEvent.Organizer.of(properties.mail().from());
  }
}
