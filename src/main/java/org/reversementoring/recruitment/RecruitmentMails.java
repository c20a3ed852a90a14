package org.reversementoring.recruitment;

import java.util.List;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.common.SignedLinks;
import org.reversementoring.identity.AccountActivation;
import org.reversementoring.identity.ParticipantDirectory;
import org.reversementoring.identity.ProgramGroup;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.Mailer;
import org.springframework.stereotype.Service;

/**
 * Mails of the recruitment process. Every mail to the applicant carries the withdraw link;
 * mails that ask for action link to their task; a mail to an applicant or supervisor whose
 * account has no password yet carries an activation link.
 */
@Service
public class RecruitmentMails {

  public static final String WITHDRAW_PURPOSE = "withdraw-application";

  /** Who a mail goes to, as the BPMN names it. */
  public enum Recipient { APPLICANT, SUPERVISOR, COORDINATORS }

  private final ApplicationService applications;
  private final Mailer mailer;
  private final ParticipantDirectory participants;
  private final SignedLinks links;
  private final ProgramProperties properties;
  private final AccountActivation activation;

  public RecruitmentMails(ApplicationService applications, Mailer mailer,
      ParticipantDirectory participants, SignedLinks links, ProgramProperties properties,
      AccountActivation activation) {
    this.applications = applications;
    this.mailer = mailer;
    this.participants = participants;
    this.links = links;
    this.properties = properties;
    this.activation = activation;
  }

  /**
   * @param stepKey identifies the sending step, so a retried step does not send twice
   * @param taskId  the task the mail asks to work on, or null
   */
  public void send(String template, Recipient recipient, long applicationId, String stepKey,
      String processInstanceId, String taskId, Integer waitlistPosition) {
    MentorApplication application = applications.find(applicationId);
    Mentor mentor = application.getMentor();
    List<Object> args = List.of(application.getNumber(), mentor.getFullName(),
        mentor.getSupervisorEmail(), waitlistPosition == null ? "" : waitlistPosition);
    String actionUrl = taskId == null ? null : properties.taskUrl(taskId);
    MailMessage mail = switch (recipient) {
      case APPLICANT -> new MailMessage(stepKey, template, List.of(mentor.getEmail()),
          mentor.getFirstName(), mentor.getLanguage(), args, quoteFor(template, application),
          actionUrl, activationUrl(mentor.getEmail()), withdrawUrl(application),
          processInstanceId, taskId, List.of());
      case SUPERVISOR -> new MailMessage(stepKey, template, List.of(mentor.getSupervisorEmail()),
          greetingFor(mentor.getLanguage()), mentor.getLanguage(), args, null, actionUrl,
          activationUrl(mentor.getSupervisorEmail()), null, processInstanceId, taskId, List.of());
      case COORDINATORS -> new MailMessage(stepKey, template, coordinatorAddresses(),
          greetingFor(Language.EN), Language.EN, args, null, actionUrl, null, null,
          processInstanceId, taskId, List.of());
    };
    mailer.send(mail);
  }

  public String withdrawUrl(MentorApplication application) {
    return properties.url("/withdraw?token=" + links.token(WITHDRAW_PURPOSE, application.getNumber()));
  }

  private String activationUrl(String email) {
    return activation.activationUrlFor(email).orElse(null);
  }

  private static String quoteFor(String template, MentorApplication application) {
    return "application-rejected".equals(template) ? application.getDecisionReason() : null;
  }

  private static String greetingFor(Language language) {
    return language == Language.DE ? "zusammen" : "colleague";
  }

  private List<String> coordinatorAddresses() {
    List<String> members = participants.emailsOf(ProgramGroup.COORDINATORS);
    return members.isEmpty() ? List.of(properties.mail().coordinatorsAddress()) : members;
  }
}
