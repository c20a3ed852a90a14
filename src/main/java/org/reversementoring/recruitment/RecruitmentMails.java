package org.reversementoring.recruitment;

import static org.reversementoring.recruitment.RecruitmentVariables.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reversementoring.notification.Addressees;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.MailStep;
import org.reversementoring.notification.ProcessMails;
import org.springframework.stereotype.Service;

/**
 * Mails of the recruitment process, to the {@code applicant}, the {@code supervisor} or the
 * {@code coordinators}. Placeholders: {0} application number, {1} applicant's name, {2}
 * supervisor's address, {3} waitlist position. Every mail to the applicant carries the withdraw
 * link; a rejection quotes the coordinator's reason.
 */
@Service
public class RecruitmentMails implements ProcessMails {

  static final String REJECTION_TEMPLATE = "application-rejected";

  private final ApplicationService applications;
  private final Addressees addressees;
  private final WithdrawLinks withdrawLinks;

  public RecruitmentMails(ApplicationService applications, Addressees addressees, WithdrawLinks withdrawLinks) {
    this.applications = applications;
    this.addressees = addressees;
    this.withdrawLinks = withdrawLinks;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(PROCESS_KEY);
  }

  @Override
  public List<MailMessage> mails(MailStep step) {
    MentorApplication application = applications.find(APPLICATION_ID.from(step.variables()));
    Mentor mentor = application.getMentor();
    MailMessage.Builder mail = step.mail().args(application.getNumber(), mentor.getFullName(),
        mentor.getSupervisorEmail(), waitlistPosition(step));
    return switch (step.recipient()) {
      case "applicant" -> List.of(mail.to(addressees.participant(mentor.getEmail(), mentor.getFirstName(),
              mentor.getLanguage()))
          .quote(REJECTION_TEMPLATE.equals(step.template()) ? application.getDecisionReason() : null)
          .withdrawUrl(withdrawLinks.urlFor(application)).build());
      case "supervisor" -> List.of(mail.to(addressees.colleague(mentor.getSupervisorEmail(),
          addressees.supervisorLanguage(mentor.getSupervisorEmail(), mentor.getLanguage()))).build());
      case "coordinators" -> mail.toEach(addressees.coordinators());
      default -> throw step.unknownRecipient();
    };
  }

  /** Empty until the application is waitlisted. */
  private static Object waitlistPosition(MailStep step) {
    Optional<Integer> position = WAITLIST_POSITION.optionalFrom(step.variables());
    return position.isPresent() ? position.get() : "";
  }
}
