package org.reversementoring.enrollment;

import static org.reversementoring.enrollment.EnrollmentVariables.*;

import java.util.List;
import java.util.Set;
import org.reversementoring.common.Language;
import org.reversementoring.notification.Addressees;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.MailStep;
import org.reversementoring.notification.ProcessMails;
import org.springframework.stereotype.Service;

/**
 * Mails of the mentee enrollment, to the {@code mentee} (the executive; the first mails carry
 * the link to set a password) or to the {@code coordinators} (with the link to the task).
 * Placeholders: {0} enrollment number, {1} executive's name, {2} waitlist position. A decline
 * quotes the coordinator's reason.
 */
@Service
public class EnrollmentMails implements ProcessMails {

  static final String DECLINED_TEMPLATE = "enrollment-declined";

  private final MenteeService mentees;
  private final Addressees addressees;

  public EnrollmentMails(MenteeService mentees, Addressees addressees) {
    this.mentees = mentees;
    this.addressees = addressees;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(PROCESS_KEY);
  }

  @Override
  public List<MailMessage> mails(MailStep step) {
    Mentee mentee = mentees.find(MENTEE_ID.from(step.variables()));
    MailMessage.Builder mail = step.mail().args(mentee.getNumber(), mentee.getFullName(),
        WAITLIST_POSITION.optionalFrom(step.variables()).<Object>map(position -> position).orElse(""));
    return switch (step.recipient()) {
      case "mentee" -> List.of(mail.to(addressees.participant(mentee.getEmail(), mentee.getFirstName(),
              Language.byCode(mentee.getLanguage()).orElse(Language.EN)))
          .quote(DECLINED_TEMPLATE.equals(step.template()) ? mentee.getDecisionReason() : null).build());
      case "coordinators" -> mail.toEach(addressees.coordinators());
      default -> throw step.unknownRecipient();
    };
  }
}
