package org.reversementoring.closing;

import static org.reversementoring.closing.ClosingVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.content.TopicNames;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.notification.Addressee;
import org.reversementoring.notification.Addressees;
import org.reversementoring.notification.MailAttachment;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.MailStep;
import org.reversementoring.notification.ProcessMails;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemParticipants;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Mails of the tandem closing, to the recipients the model names:
 * <ul>
 *   <li>{@code mentor}, {@code mentee}: a feedback task or its reminder, with the link to the task
 *       and, while their account has no password, the activation link;</li>
 *   <li>{@code coordinators}: a task of theirs; the mail about missing feedback quotes who has not
 *       answered (the follow-up task's own {@code missingFeedback});</li>
 *   <li>{@code organizers}: the chase of missing feedback, one mail per language the organizers
 *       read, quoting who has not answered and linking the follow-up view ({6});</li>
 *   <li>{@code mentorWithCertificate}: the certificate of participation as a PDF for the training
 *       record;</li>
 *   <li>{@code tandemAndSupervisor}: thanks to mentor ({@code <template>-mentor}) and mentee
 *       ({@code <template>-mentee}), and the training supervisor hears that the tandem is closed.</li>
 * </ul>
 * Placeholders of every template: {0} tandem number, {1} mentor's name, {2} mentee's name, {3}
 * sessions held, {4} topics covered, {5} (mentor's thanks only) what the mentor may see of the
 * executives' ratings.
 */
@Service
public class ClosingMails implements ProcessMails {

  static final String FEEDBACK_MISSING_TEMPLATE = "closing-feedback-missing";
  static final String SUPERVISOR_TEMPLATE = "closing-supervisor";

  private final TandemParticipants tandemParticipants;
  private final HeldSessions sessions;
  private final ClosingService closing;
  private final FinalFeedbackService feedback;
  private final Addressees addressees;
  private final MessageSource messages;
  private final TopicNames topics;
  private final ProgramProperties program;

  public ClosingMails(TandemParticipants tandemParticipants, HeldSessions sessions, ClosingService closing,
      FinalFeedbackService feedback, Addressees addressees, MessageSource messages, TopicNames topics,
      ProgramProperties program) {
    this.topics = topics;
    this.program = program;
    this.tandemParticipants = tandemParticipants;
    this.sessions = sessions;
    this.closing = closing;
    this.feedback = feedback;
    this.addressees = addressees;
    this.messages = messages;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(PROCESS_KEY);
  }

  @Override
  public List<MailMessage> mails(MailStep step) {
    TandemParticipants.Participants participants = tandemParticipants.of(TANDEM_ID.from(step.variables()));
    Mentor mentor = participants.mentor();
    Mentee mentee = participants.mentee();
    return switch (step.recipient()) {
      case "mentor" -> List.of(step.mail().args(args(participants, mentor.getLanguage(), ""))
          .to(addressees.participant(mentor.getEmail(), mentor.getFirstName(), mentor.getLanguage())).build());
      case "mentee" -> List.of(step.mail().args(args(participants, mentee.getLanguageValue(), ""))
          .to(addressees.participant(mentee.getEmail(), mentee.getFirstName(), mentee.getLanguageValue())).build());
      case "coordinators" -> step.mail().quote(FEEDBACK_MISSING_TEMPLATE.equals(step.template())
              ? MISSING_FEEDBACK.optionalFrom(step.variables()).orElse(null) : null)
          .toEach(addressees.coordinators(), language -> args(participants, language, ""));
      case "organizers" -> toOrganizers(step, participants);
      case "mentorWithCertificate" -> List.of(certificate(step, participants));
      case "tandemAndSupervisor" -> thanksAndSupervisor(step, participants);
      default -> throw step.unknownRecipient();
    };
  }

  /** Organizers chase who has not answered: the names and addresses quoted, the follow-up view linked ({6}). */
  private List<MailMessage> toOrganizers(MailStep step, TandemParticipants.Participants participants) {
    return addressees.organizers().stream().map(organizers -> {
      List<Object> args = new ArrayList<>(args(participants, organizers.language(), ""));
      args.add(program.followUpUrl());
      return step.mail().keyPart(organizers.language().code()).args(args).to(organizers)
          .quote(MISSING_FEEDBACK.optionalFrom(step.variables()).orElse(null)).build();
    }).toList();
  }

  private MailMessage certificate(MailStep step, TandemParticipants.Participants participants) {
    Mentor mentor = participants.mentor();
    MailAttachment pdf = new MailAttachment(certificateFileName(participants.tandem()), "application/pdf",
        closing.certificate(participants.tandem().getId()));
    return step.mail().args(args(participants, mentor.getLanguage(), ""))
        .to(Addressee.named(mentor.getEmail(), mentor.getFirstName(), mentor.getLanguage())).attach(pdf).build();
  }

  private List<MailMessage> thanksAndSupervisor(MailStep step, TandemParticipants.Participants participants) {
    Mentor mentor = participants.mentor();
    Mentee mentee = participants.mentee();
    String mentorTemplate = step.template() + "-mentor";
    Language supervisorLanguage = addressees.supervisorLanguage(mentor.getSupervisorEmail(), mentor.getLanguage());
    return List.of(
        step.mail(mentorTemplate).keyPart("mentor")
            .args(args(participants, mentor.getLanguage(), ratingsShownTo(mentor, mentorTemplate)))
            .to(Addressee.named(mentor.getEmail(), mentor.getFirstName(), mentor.getLanguage())).build(),
        step.mail(step.template() + "-mentee").keyPart("mentee")
            .args(args(participants, mentee.getLanguageValue(), ""))
            .to(Addressee.named(mentee.getEmail(), mentee.getFirstName(), mentee.getLanguageValue())).build(),
        step.mail(SUPERVISOR_TEMPLATE).keyPart("supervisor")
            .args(args(participants, supervisorLanguage, ""))
            .to(Addressee.colleague(mentor.getSupervisorEmail(), supervisorLanguage)).build());
  }

  /** The executives' ratings as the mentor may see them, in the mentor's language. */
  private String ratingsShownTo(Mentor mentor, String template) {
    MentorAggregate aggregate = feedback.mentorAggregate(mentor.getId());
    Locale locale = mentor.getLanguage().locale();
    return aggregate.shown()
        ? messages.getMessage(template + ".aggregate",
            new Object[] {String.format(locale, "%.1f", aggregate.average()), aggregate.answers()}, locale)
        : messages.getMessage(template + ".no-aggregate", new Object[] {MentorAggregate.MINIMUM_ANSWERS}, locale);
  }

  static String certificateFileName(Tandem tandem) {
    return "participation-certificate-" + tandem.getNumber() + ".pdf";
  }

  private List<Object> args(TandemParticipants.Participants participants, Language language, String ratings) {
    List<HeldSessions.HeldSession> held = sessions.of(participants.tandem().getId());
    List<String> covered = ClosingService.topicNames(held, language, topics);
    return List.of(participants.tandem().getNumber(), participants.mentor().getFullName(),
        participants.mentee().getFullName(), held.size(), covered.isEmpty() ? "–" : String.join(", ", covered), ratings);
  }
}
