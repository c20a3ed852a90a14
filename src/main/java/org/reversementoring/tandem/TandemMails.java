package org.reversementoring.tandem;

import static org.reversementoring.tandem.TandemVariables.*;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reversementoring.calendar.TandemInvitations;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.notification.Addressee;
import org.reversementoring.notification.Addressees;
import org.reversementoring.notification.MailAttachment;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.MailStep;
import org.reversementoring.notification.ProcessMails;
import org.reversementoring.recruitment.Mentor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Mails of the tandem lifecycle, to the {@code mentor}, the {@code mentee}, both
 * {@code participants} (one mail each), the mentor's training {@code supervisor}, the
 * {@code coordinators}, the program {@code organizers} (one mail per language they read, quoting
 * their task's brief in it) or the {@code replaced-mentor}, as the model names them. Placeholders of
 * every template: {0} tandem number, {1} mentor's name, {2} mentee's name, {3} kickoff date and
 * time in words (program zone), {4} a sentence on how the kickoff time was chosen, {5} weeks
 * between sessions, {6} sessions, {7} minutes per session; mails about one session add {8} its
 * position, {9} its date and time in words, {10} its minutes (the replacement's invitation: the
 * replacement session's); the organizers' mails add the follow-up view last. Participants' mails carry the link to
 * set a password while their account has none and, while the tandem runs, the link to ask to end
 * it. Calendar files come from {@link TandemInvitations}.
 */
@Service
public class TandemMails implements ProcessMails {

  static final String KICKOFF = "tandem-kickoff";
  static final String AGREE_GOALS = "tandem-agree-goals";
  static final String CONFIRM_KICKOFF = "tandem-confirm-kickoff";
  static final String END_REQUESTED = "tandem-end-requested";
  static final String ENDED_ON_REQUEST = "tandem-ended-on-request";
  static final String REMATCH_MENTEE = "tandem-rematch-mentee";
  /** The invitation to a session the organizers planned to replace one that could not be held. */
  static final String REPLANNED = "tandem-session-replanned";
  /** Reminders of a kickoff task: one per open task, so a task created again after changes gets its own. */
  static final Set<String> TASK_REMINDERS = Set.of("tandem-agree-goals-reminder", "tandem-confirm-kickoff-reminder");
  /** Reminders of a session with its calendar entry as it stands and the link to move it. */
  static final Set<String> SESSION_REMINDERS = Set.of("tandem-session-reminder", "tandem-session-moved");
  /** Mails about one session: its placeholders, and a reminder's key names the session. */
  static final Set<String> SESSION_MAILS = Set.of("tandem-session-reminder", "tandem-session-moved",
      "tandem-log-session", "tandem-rate-session", "tandem-log-session-reminder", "tandem-log-chase",
      "tandem-replan-session", "tandem-replan-session-reminder", REPLANNED);
  /** After a substitute took over or a pause: every session still planned, as it now stands. */
  static final Set<String> PLANNED_SESSIONS_UPDATES = Set.of("tandem-substitute", "tandem-paused");
  /** About the end or continuation of the tandem; once it has ended early, with the cancellations. */
  static final Set<String> ENDING_MAILS = Set.of("tandem-ended-early", ENDED_ON_REQUEST, REMATCH_MENTEE,
      "tandem-continues");

  private final TandemParticipants participants;
  private final SessionService sessions;
  private final SessionLinks links;
  private final TandemInvitations invitations;
  private final Addressees addressees;
  private final MessageSource messages;
  private final TandemProperties properties;
  private final ProgramProperties program;
  private final OrganizerBriefs briefs;

  public TandemMails(TandemParticipants participants, SessionService sessions, SessionLinks links,
      TandemInvitations invitations, Addressees addressees, MessageSource messages, TandemProperties properties,
      ProgramProperties program, OrganizerBriefs briefs) {
    this.program = program;
    this.briefs = briefs;
    this.participants = participants;
    this.sessions = sessions;
    this.links = links;
    this.invitations = invitations;
    this.addressees = addressees;
    this.messages = messages;
    this.properties = properties;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(PROCESS_KEY);
  }

  @Override
  public List<MailMessage> mails(MailStep step) {
    TandemParticipants.Participants tandem = participants.of(TANDEM_ID.from(step.variables()));
    return switch (step.recipient()) {
      case "mentor" -> List.of(toParticipant(step, tandem, TandemSide.MENTOR).build());
      case "mentee" -> List.of(toParticipant(step, tandem, TandemSide.MENTEE).build());
      case "participants" -> toBoth(step, tandem);
      case "supervisor" -> List.of(mail(step, step.template(), tandem, supervisorLanguage(tandem))
          .to(addressees.colleague(tandem.mentor().getSupervisorEmail(), supervisorLanguage(tandem))).build());
      case "coordinators" -> toCoordinators(step, tandem);
      case "organizers" -> toOrganizers(step, tandem);
      case "replaced-mentor" -> List.of(toReplacedMentor(step, tandem));
      default -> throw step.unknownRecipient();
    };
  }

  /**
   * Mentor and mentee, one mail each ({@code /mentor}, {@code /mentee}). The kickoff invitation
   * goes to the mentor, a copy to the training supervisor (the date, to release the apprentice
   * from work; without the mentor's personal links) and the mentee, each with its own template.
   */
  private List<MailMessage> toBoth(MailStep step, TandemParticipants.Participants tandem) {
    List<MailMessage> mails = new ArrayList<>();
    mails.add(toParticipant(step, tandem, TandemSide.MENTOR).keyPart("mentor").build());
    if (KICKOFF.equals(step.template())) {
      Language language = supervisorLanguage(tandem);
      mails.add(mail(step, KICKOFF + "-mentor-copy", tandem, language).keyPart("supervisor")
          .to(Addressee.colleague(tandem.mentor().getSupervisorEmail(), language)).build());
    }
    mails.add(toParticipant(step, tandem, TandemSide.MENTEE).keyPart("mentee").build());
    return mails;
  }

  private Language supervisorLanguage(TandemParticipants.Participants tandem) {
    return addressees.supervisorLanguage(tandem.mentor().getSupervisorEmail(), tandem.mentor().getLanguage());
  }

  /** A mail to one side of the tandem, in their language. */
  private MailMessage.Builder toParticipant(MailStep step, TandemParticipants.Participants tandem, TandemSide side) {
    TandemParticipants.Person person = tandem.person(side);
    String template = template(step, side);
    MailMessage.Builder mail = mail(step, template, tandem, person.language())
        .to(addressees.participant(person.email(), person.firstName(), person.language()))
        .quote(quote(step, template, tandem));
    if (SESSION_REMINDERS.contains(template)) {
      mail.personalAction(links.moveUrl(tandem.tandem().getId(), SESSION_POSITION.from(step.variables()), side));
    }
    if (TandemStatus.RUNNING.contains(tandem.tandem().getStatus())) {
      mail.withdrawUrl(links.endRequestUrl(tandem.tandem().getId(), side));
    }
    return mail;
  }

  /** The coordinators, in the languages they read; asked to end a tandem, the reason quoted. */
  private List<MailMessage> toCoordinators(MailStep step, TandemParticipants.Participants tandem) {
    return addressees.coordinators().stream().map(coordinators -> mail(step, step.template(), tandem,
            coordinators.language()).toGroup(coordinators)
        .quote(END_REQUESTED.equals(step.template()) ? END_REQUEST_REASON.optionalFrom(step.variables()).orElse(null)
            : null).build()).toList();
  }

  /** The organizers, in the languages they read: their task's brief quoted in that language, the follow-up view linked. */
  private List<MailMessage> toOrganizers(MailStep step, TandemParticipants.Participants tandem) {
    return addressees.organizers().stream().map(organizers -> {
      MailMessage.Builder mail = mail(step, step.template(), tandem, organizers.language(), program.followUpUrl());
      return mail.keyPart(organizers.language().code()).to(organizers)
          .quote(briefs.of(step.variables(), organizers.language()).orElse(null)).build();
    }).toList();
  }

  /**
   * To the mentor a substitute replaced, in their language: the sessions they no longer hold
   * (every session still planned) as a calendar cancellation with them and the mentee as attendees.
   */
  private MailMessage toReplacedMentor(MailStep step, TandemParticipants.Participants tandem) {
    Mentor replaced = participants.mentor(REPLACED_MENTOR_ID.from(step.variables()));
    List<TandemInvitations.Session> planned = sessionsIn(tandem, SessionStatus.PLANNED);
    return mail(step, step.template(), tandem, replaced.getLanguage())
        .to(addressees.participant(replaced.getEmail(), replaced.getFirstName(), replaced.getLanguage()))
        .attachments(planned.isEmpty() ? List.of() : List.of(MailAttachment.calendarCancel(
            invitations.cancellations(pair(tandem.withMentor(replaced)), planned, replaced.getLanguage()))))
        .build();
  }

  /** The step's mail with this template: placeholders (then {@code more}), the key parts of reminders, calendar files. */
  private MailMessage.Builder mail(MailStep step, String template, TandemParticipants.Participants tandem,
      Language language, Object... more) {
    MailMessage.Builder mail = step.mail(template);
    if (TASK_REMINDERS.contains(template)) {
      mail.keyPart(String.valueOf(step.taskId()));
    } else if ("tandem-log-session-reminder".equals(template)) {
      mail.keyPart(SESSION_POSITION.from(step.variables()));
    } else if (SESSION_REMINDERS.contains(template)) {
      // one mail per session and time: a retried job does not send twice, a moved session is reminded again
      mail.keyPart(SESSION_POSITION.from(step.variables()) + "/" + SESSION_REMINDER_AT.from(step.variables()));
    }
    List<Object> args = new ArrayList<>(args(tandem, language));
    if (SESSION_MAILS.contains(template)) {
      TandemSession session = sessions.session(tandem.tandem().getId(), positionOf(step, template));
      args.addAll(List.of(session.getPosition(), when(session.getPlannedAt(), language), session.getPlannedMinutes()));
    }
    args.addAll(List.of(more));
    return mail.args(args).attachments(calendar(step, template, tandem, language));
  }

  /** The session a mail is about: the one the loop is at, or the replacement the organizers planned. */
  private static int positionOf(MailStep step, String template) {
    return REPLANNED.equals(template) ? REPLACEMENT_POSITION.from(step.variables())
        : SESSION_POSITION.from(step.variables());
  }

  /** The variant a side gets: the mentor's goals again after changes, the mentee's news of a rematch. */
  private static String template(MailStep step, TandemSide side) {
    if (side == TandemSide.MENTOR && AGREE_GOALS.equals(step.template())
        && ASK_FOR_CHANGES.equals(KICKOFF_DECISION.optionalFrom(step.variables()).orElse(null))) {
      return AGREE_GOALS + "-changes";
    }
    if (side == TandemSide.MENTEE && ENDED_ON_REQUEST.equals(step.template())
        && REMATCH.equals(EARLY_ENDING_DECISION.optionalFrom(step.variables()).orElse(null))) {
      return REMATCH_MENTEE;
    }
    return KICKOFF.equals(step.template()) ? KICKOFF + "-" + side.code() : step.template();
  }

  /** Confirming the kickoff quotes the agreed goals; the mentor's goals again, the changes asked for. */
  private static String quote(MailStep step, String template, TandemParticipants.Participants tandem) {
    if (template.startsWith(CONFIRM_KICKOFF)) {
      return tandem.tandem().getGoals();
    }
    return template.equals(AGREE_GOALS + "-changes") ? KICKOFF_COMMENT.optionalFrom(step.variables()).orElse(null)
        : null;
  }

  /**
   * The calendar file a mail carries: the kickoff; a session's entry as it stands; every session
   * still planned; once the tandem has ended early, the cancellation of every session the end
   * cancelled (they keep their stored sequence, as nothing is sent about them again). Its words
   * are in the reader's language.
   */
  private List<MailAttachment> calendar(MailStep step, String template, TandemParticipants.Participants tandem,
      Language language) {
    Tandem record = tandem.tandem();
    if (template.startsWith(KICKOFF)) {
      if (record.getKickoffAt() == null) {
        throw new IllegalStateException("Tandem " + record.getNumber() + " has no kickoff planned");
      }
      return List.of(MailAttachment.calendarRequest(invitations.kickoff(pair(tandem),
          record.getKickoffAt().atZone(properties.zone()), properties.kickoffDuration(), language)));
    }
    if (SESSION_REMINDERS.contains(template) || REPLANNED.equals(template)) {
      TandemSession session = sessions.session(record.getId(), positionOf(step, template));
      return List.of(MailAttachment.calendarRequest(invitations.sessions(pair(tandem), List.of(session(session)), language)));
    }
    if (PLANNED_SESSIONS_UPDATES.contains(template)) {
      List<TandemInvitations.Session> planned = sessionsIn(tandem, SessionStatus.PLANNED);
      return planned.isEmpty() ? List.of()
          : List.of(MailAttachment.calendarRequest(invitations.sessions(pair(tandem), planned, language)));
    }
    if (ENDING_MAILS.contains(template) && record.getStatus() == TandemStatus.ENDED_EARLY) {
      List<TandemInvitations.Session> cancelled = sessionsIn(tandem, SessionStatus.CANCELLED);
      return cancelled.isEmpty() ? List.of()
          : List.of(MailAttachment.calendarCancel(invitations.cancellations(pair(tandem), cancelled, language)));
    }
    return List.of();
  }

  private List<TandemInvitations.Session> sessionsIn(TandemParticipants.Participants tandem, SessionStatus status) {
    return sessions.sessions(tandem.tandem().getId()).stream().filter(s -> s.getStatus() == status)
        .map(this::session).toList();
  }

  private TandemInvitations.Session session(TandemSession session) {
    return new TandemInvitations.Session(session.getPosition(), session.getPlannedAt().atZone(properties.zone()),
        session.getPlannedMinutes(), session.getCalendarSequence());
  }

  private static TandemInvitations.Pair pair(TandemParticipants.Participants tandem) {
    return new TandemInvitations.Pair(tandem.tandem().getId(), tandem.tandem().getNumber(),
        tandem.mentor().getFullName(), tandem.mentor().getEmail(), tandem.mentee().getFullName(),
        tandem.mentee().getEmail());
  }

  private List<Object> args(TandemParticipants.Participants tandem, Language language) {
    Tandem record = tandem.tandem();
    String basis = messages.getMessage(KICKOFF + (participants.kickoffInSharedSlot(tandem)
        ? ".shared-slot" : ".no-shared-slot"), new Object[] {tandem.mentee().getFullName()}, language.locale());
    return List.of(record.getNumber(), tandem.mentor().getFullName(), tandem.mentee().getFullName(),
        when(record.getKickoffAt(), language), basis,
        number(record.getCadenceWeeks()), number(record.getSessionCount()), number(record.getSessionMinutes()));
  }

  private String when(Instant instant, Language language) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofPattern(language == Language.DE ? "EEEE, d. MMMM yyyy, HH:mm" : "EEEE d MMMM yyyy, HH:mm",
        language.locale()).format(instant.atZone(properties.zone()));
  }

  /** Small numbers (the templates choose "every week" or "every 2 weeks"); empty before they are agreed. */
  private static Object number(Integer value) {
    return value == null ? "" : value;
  }
}
