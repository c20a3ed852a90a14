package org.reversementoring.feedback;

import java.util.List;
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
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemParticipants;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Mails of the tandem closing. Placeholders of every template: {0} tandem number, {1} mentor's
 * name, {2} mentee's name, {3} sessions held, {4} topics covered, {5} (mentor's thanks only) what
 * the mentor may see of the executives' ratings. Participants' mails carry the link to set a
 * password while their account has none.
 */
@Service
public class ClosingMails {

  /** Who a mail goes to, as the BPMN names it. */
  public enum Recipient { MENTOR, MENTEE, COORDINATORS }

  static final String CERTIFICATE_TEMPLATE = "closing-certificate";
  static final String THANKS_MENTOR_TEMPLATE = "closing-thanks-mentor";
  static final String THANKS_MENTEE_TEMPLATE = "closing-thanks-mentee";
  static final String SUPERVISOR_TEMPLATE = "closing-supervisor";

  private final TandemParticipants tandemParticipants;
  private final HeldSessions sessions;
  private final ClosingService closing;
  private final FinalFeedbackService feedback;
  private final AccountActivation activation;
  private final ParticipantDirectory directory;
  private final MessageSource messages;
  private final Mailer mailer;
  private final ProgramProperties properties;

  public ClosingMails(TandemParticipants tandemParticipants, HeldSessions sessions, ClosingService closing,
      FinalFeedbackService feedback, AccountActivation activation, ParticipantDirectory directory,
      MessageSource messages, Mailer mailer, ProgramProperties properties) {
    this.tandemParticipants = tandemParticipants;
    this.sessions = sessions;
    this.closing = closing;
    this.feedback = feedback;
    this.activation = activation;
    this.directory = directory;
    this.messages = messages;
    this.mailer = mailer;
    this.properties = properties;
  }

  /**
   * A mail about a task (or a reminder of it) to the mentor, the mentee or the coordinators, with
   * the link to the task when {@code taskId} is set and {@code quote} quoted (e.g. who has not
   * answered).
   */
  public void aboutTask(String template, Recipient recipient, long tandemId, String stepKey,
      String processInstanceId, String taskId, String quote) {
    TandemParticipants.Participants participants = tandemParticipants.of(tandemId);
    String taskUrl = taskId == null ? null : properties.taskUrl(taskId);
    switch (recipient) {
      case MENTOR -> {
        Mentor mentor = participants.mentor();
        mailer.send(new MailMessage(stepKey, template, List.of(mentor.getEmail()), mentor.getFirstName(),
            mentor.getLanguage(), args(participants, mentor.getLanguage(), ""), quote, taskUrl,
            activationUrl(mentor.getEmail()), null, processInstanceId, taskId, List.of()));
      }
      case MENTEE -> {
        Mentee mentee = participants.mentee();
        mailer.send(new MailMessage(stepKey, template, List.of(mentee.getEmail()), mentee.getFirstName(),
            mentee.getLanguageValue(), args(participants, mentee.getLanguageValue(), ""), quote, taskUrl,
            activationUrl(mentee.getEmail()), null, processInstanceId, taskId, List.of()));
      }
      case COORDINATORS -> mailer.send(new MailMessage(stepKey, template, coordinators(), "colleague",
          Language.EN, args(participants, Language.EN, ""), quote, taskUrl, null, null, processInstanceId,
          taskId, List.of()));
    }
  }

  /** The certificate of participation to the mentor, as a PDF for the training record. */
  public void certificate(long tandemId, String stepKey, String processInstanceId) {
    TandemParticipants.Participants participants = tandemParticipants.of(tandemId);
    Mentor mentor = participants.mentor();
    MailAttachment pdf = new MailAttachment(certificateFileName(participants.tandem()), "application/pdf",
        closing.certificate(tandemId));
    mailer.send(new MailMessage(stepKey, CERTIFICATE_TEMPLATE, List.of(mentor.getEmail()), mentor.getFirstName(),
        mentor.getLanguage(), args(participants, mentor.getLanguage(), ""), null, null, null, null,
        processInstanceId, null, List.of(pdf)));
  }

  /** Thanks to mentor and mentee; the training supervisor hears that the tandem is closed. */
  public void thanksAndSupervisor(long tandemId, String stepKey, String processInstanceId) {
    TandemParticipants.Participants participants = tandemParticipants.of(tandemId);
    Mentor mentor = participants.mentor();
    Mentee mentee = participants.mentee();
    MentorAggregate aggregate = feedback.mentorAggregate(mentor.getId());
    String ratings = aggregate.shown()
        ? messages.getMessage(THANKS_MENTOR_TEMPLATE + ".aggregate",
            new Object[] {String.format(mentor.getLanguage().locale(), "%.1f", aggregate.average()), aggregate.answers()},
            mentor.getLanguage().locale())
        : messages.getMessage(THANKS_MENTOR_TEMPLATE + ".no-aggregate", new Object[] {MentorAggregate.MINIMUM_ANSWERS},
            mentor.getLanguage().locale());
    mailer.send(new MailMessage(stepKey + "/mentor", THANKS_MENTOR_TEMPLATE, List.of(mentor.getEmail()),
        mentor.getFirstName(), mentor.getLanguage(), args(participants, mentor.getLanguage(), ratings), null, null,
        null, null, processInstanceId, null, List.of()));
    mailer.send(new MailMessage(stepKey + "/mentee", THANKS_MENTEE_TEMPLATE, List.of(mentee.getEmail()),
        mentee.getFirstName(), mentee.getLanguageValue(), args(participants, mentee.getLanguageValue(), ""), null,
        null, null, null, processInstanceId, null, List.of()));
    mailer.send(new MailMessage(stepKey + "/supervisor", SUPERVISOR_TEMPLATE, List.of(mentor.getSupervisorEmail()),
        "colleague", mentor.getLanguage(), args(participants, mentor.getLanguage(), ""), null, null, null, null,
        processInstanceId, null, List.of()));
  }

  static String certificateFileName(Tandem tandem) {
    return "participation-certificate-" + tandem.getNumber() + ".pdf";
  }

  private List<Object> args(TandemParticipants.Participants participants, Language language, String ratings) {
    List<HeldSessions.HeldSession> held = sessions.of(participants.tandem().getId());
    List<String> topics = ClosingService.topicNames(held, language);
    return List.of(participants.tandem().getNumber(), participants.mentor().getFullName(),
        participants.mentee().getFullName(), held.size(), topics.isEmpty() ? "–" : String.join(", ", topics), ratings);
  }

  private String activationUrl(String email) {
    return activation.activationUrlFor(email).orElse(null);
  }

  private List<String> coordinators() {
    List<String> members = directory.emailsOf(ProgramGroup.COORDINATORS);
    return members.isEmpty() ? List.of(properties.mail().coordinatorsAddress()) : members;
  }
}
