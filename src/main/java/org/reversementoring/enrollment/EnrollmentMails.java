package org.reversementoring.enrollment;

import java.util.List;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.identity.AccountActivation;
import org.reversementoring.identity.ParticipantDirectory;
import org.reversementoring.identity.ProgramGroup;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.Mailer;
import org.springframework.stereotype.Service;

/** Mails of the mentee enrollment: to the executive, and to the coordinators with a task link. */
@Service
public class EnrollmentMails {

  static final String REVIEW_TEMPLATE = "enrollment-review";

  private final MenteeService mentees;
  private final Mailer mailer;
  private final AccountActivation activation;
  private final ParticipantDirectory participants;
  private final ProgramProperties properties;

  public EnrollmentMails(MenteeService mentees, Mailer mailer, AccountActivation activation,
      ParticipantDirectory participants, ProgramProperties properties) {
    this.mentees = mentees;
    this.mailer = mailer;
    this.activation = activation;
    this.participants = participants;
    this.properties = properties;
  }

  /** A mail to the executive; the first ones carry the link to set a password. */
  public void toMentee(String template, long menteeId, Integer waitlistPosition, String stepKey, String processInstanceId) {
    Mentee mentee = mentees.find(menteeId);
    Language language = Language.byCode(mentee.getLanguage()).orElse(Language.EN);
    String quote = "enrollment-declined".equals(template) ? mentee.getDecisionReason() : null;
    mailer.send(new MailMessage(stepKey, template, List.of(mentee.getEmail()), mentee.getFirstName(),
        language, args(mentee, waitlistPosition), quote, null,
        activation.activationUrlFor(mentee.getEmail()).orElse(null), null, processInstanceId, null, List.of()));
  }

  /** Tells the coordinators that an enrollment waits for confirmation, with a link to the task. */
  public void toCoordinators(long menteeId, String taskId, String processInstanceId) {
    Mentee mentee = mentees.find(menteeId);
    List<String> coordinators = participants.emailsOf(ProgramGroup.COORDINATORS);
    mailer.send(new MailMessage("task/" + taskId, REVIEW_TEMPLATE,
        coordinators.isEmpty() ? List.of(properties.mail().coordinatorsAddress()) : coordinators,
        "colleague", Language.EN, args(mentee, null), null, properties.taskUrl(taskId), null, null,
        processInstanceId, taskId, List.of()));
  }

  private static List<Object> args(Mentee mentee, Integer waitlistPosition) {
    return List.of(mentee.getNumber(), mentee.getFullName(), waitlistPosition == null ? "" : waitlistPosition);
  }
}
