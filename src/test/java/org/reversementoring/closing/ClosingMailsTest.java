package org.reversementoring.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.reversementoring.closing.ClosingVariables.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.notification.Addressee;
import org.reversementoring.notification.Addressees;
import org.reversementoring.notification.MailAttachment;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.MailStep;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.support.CatalogueFixtures;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemParticipants;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * What each closing step sends, from the step the model hands over: recipients, greetings,
 * placeholders, links, the quote, the certificate and the step keys (which must stay as they were,
 * or a retried job sends again). The program's mail bundle gives the mentor's ratings line.
 */
class ClosingMailsTest {

  private static final long TANDEM = 7L;
  private static final String PI = "pi-1";
  private static final String MENTOR_ACTIVATION = "http://mentoring.test/activate?token=zoe";
  private static final String MENTEE_ACTIVATION = "http://mentoring.test/activate?token=petra";
  private static final byte[] PDF = {37, 80, 68, 70};

  private final TandemParticipants tandemParticipants = mock(TandemParticipants.class);
  private final HeldSessions sessions = mock(HeldSessions.class);
  private final ClosingService closing = mock(ClosingService.class);
  private final FinalFeedbackService feedback = mock(FinalFeedbackService.class);
  private final Addressees addressees = mock(Addressees.class);
  private ClosingMails mails;

  @BeforeEach
  void setUp() {
    Tandem tandem = mock(Tandem.class);
    when(tandem.getId()).thenReturn(TANDEM);
    when(tandem.getNumber()).thenReturn("RMT-2031-004");
    Mentor mentor = mock(Mentor.class);
    when(mentor.getId()).thenReturn(41L);
    when(mentor.getEmail()).thenReturn("zoe@example.com");
    when(mentor.getFirstName()).thenReturn("Zoë");
    when(mentor.getFullName()).thenReturn("Zoë Łukasiewicz-Müller");
    when(mentor.getLanguage()).thenReturn(Language.EN);
    when(mentor.getSupervisorEmail()).thenReturn("sven@example.com");
    Mentee mentee = mock(Mentee.class);
    when(mentee.getEmail()).thenReturn("petra@example.com");
    when(mentee.getFirstName()).thenReturn("Petra");
    when(mentee.getFullName()).thenReturn("Petra Łęcka-Öztürk");
    when(mentee.getLanguageValue()).thenReturn(Language.DE);
    when(tandemParticipants.of(TANDEM)).thenReturn(new TandemParticipants.Participants(tandem, mentor, mentee));
    when(sessions.of(TANDEM)).thenReturn(List.of(
        new HeldSessions.HeldSession(1, Instant.parse("2031-03-10T09:00:00Z"), List.of("connected-car")),
        new HeldSessions.HeldSession(2, Instant.parse("2031-03-24T09:00:00Z"), List.of("ai-tools", "connected-car"))));
    when(closing.certificate(TANDEM)).thenReturn(PDF);
    when(feedback.mentorAggregate(41L)).thenReturn(new MentorAggregate(1, null));
    when(addressees.participant("zoe@example.com", "Zoë", Language.EN))
        .thenReturn(new Addressee(List.of("zoe@example.com"), "Zoë", Language.EN, MENTOR_ACTIVATION));
    when(addressees.participant("petra@example.com", "Petra", Language.DE))
        .thenReturn(new Addressee(List.of("petra@example.com"), "Petra", Language.DE, MENTEE_ACTIVATION));
    when(addressees.coordinators())
        .thenReturn(List.of(Addressee.colleagues(List.of("carla@example.com", "office@example.com"), Language.EN)));
    when(addressees.supervisorLanguage(anyString(), any())).thenAnswer(call -> call.getArgument(1));
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages/mail");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    when(addressees.organizers()).thenReturn(List.of(
        Addressee.colleagues(List.of("lena@example.com"), Language.DE),
        Addressee.colleagues(List.of("paula@example.com", "omar@example.com"), Language.EN)));
    mails = new ClosingMails(tandemParticipants, sessions, closing, feedback, addressees, messages,
        CatalogueFixtures.NAMES, new ProgramProperties("http://mentoring.test", "secret",
            new ProgramProperties.Mail("office@example.com", "program-office@example.com")));
  }

  @Test
  void servesTheClosingProcess() {
    assertThat(mails.processKeys()).containsExactly(PROCESS_KEY);
  }

  @Test
  void aFeedbackTaskMailGoesToItsParticipantWithTheTaskAndActivationLinksInTheirLanguage() {
    MailMessage toMentor = single(taskStep("closing-feedback-mentor", "mentor", Map.of()));
    assertThat(toMentor).isEqualTo(new MailMessage("task/task-1", "closing-feedback-mentor", List.of("zoe@example.com"),
        "Zoë", Language.EN, List.of("RMT-2031-004", "Zoë Łukasiewicz-Müller", "Petra Łęcka-Öztürk", 2,
            "Connected car apps, AI tools", ""), null, taskUrl(), MENTOR_ACTIVATION, null, PI, "task-1", List.of()));

    MailMessage toMentee = single(taskStep("closing-feedback-mentee", "mentee", Map.of()));
    assertThat(toMentee.to()).containsExactly("petra@example.com");
    assertThat(toMentee.greetingName()).isEqualTo("Petra");
    assertThat(toMentee.language()).isEqualTo(Language.DE);
    assertThat(toMentee.args()).as("topics in the executive's language")
        .containsExactly("RMT-2031-004", "Zoë Łukasiewicz-Müller", "Petra Łęcka-Öztürk", 2,
            "Connected-Car-Apps, KI-Werkzeuge", "");
    assertThat(toMentee.activationUrl()).isEqualTo(MENTEE_ACTIVATION);
    assertThat(toMentee.actionUrl()).isEqualTo(taskUrl());
  }

  @Test
  void aReminderWithoutAnOpenTaskCarriesNoTaskLink() {
    MailStep reminder = new MailStep(PROCESS_KEY, "closing-feedback-reminder-mentor", "mentor",
        PI + "/Task_RemindMentorFeedback", PI, null, null, Map.of(TANDEM_ID.name(), TANDEM));
    MailMessage mail = single(reminder);
    assertThat(mail.stepKey()).isEqualTo(PI + "/Task_RemindMentorFeedback");
    assertThat(mail.actionUrl()).isNull();
    assertThat(mail.taskId()).isNull();
    assertThat(mail.activationUrl()).isEqualTo(MENTOR_ACTIVATION);
  }

  @Test
  void theCoordinatorsAreToldWhoIsMissingOnlyInTheMissingFeedbackMail() {
    MailMessage missing = single(taskStep("closing-feedback-missing", "coordinators",
        Map.of(MISSING_FEEDBACK.name(), "Petra Łęcka-Öztürk (executive, petra@example.com)")));
    assertThat(missing.to()).containsExactly("carla@example.com", "office@example.com");
    assertThat(missing.greetingName()).isEqualTo("colleague");
    assertThat(missing.language()).isEqualTo(Language.EN);
    assertThat(missing.quote()).isEqualTo("Petra Łęcka-Öztürk (executive, petra@example.com)");
    assertThat(missing.args()).contains("Connected car apps, AI tools");
    assertThat(missing.actionUrl()).isEqualTo(taskUrl());

    MailMessage decide = single(taskStep("closing-decide", "coordinators",
        Map.of(MISSING_FEEDBACK.name(), "a value of an enclosing scope")));
    assertThat(decide.quote()).as("the decision mail quotes nothing").isNull();
  }

  @Test
  void aGermanAndAnEnglishCoordinatorEachGetTheMailOnceInTheirLanguage() {
    when(addressees.coordinators()).thenReturn(List.of(Addressee.colleagues(List.of("dora@example.com"), Language.DE),
        Addressee.colleagues(List.of("carla@example.com"), Language.EN)));

    List<MailMessage> sent = mails.mails(taskStep("closing-feedback-missing", "coordinators",
        Map.of(MISSING_FEEDBACK.name(), "Petra Łęcka-Öztürk (executive, petra@example.com)")));

    assertThat(sent).extracting(MailMessage::to)
        .containsExactly(List.of("dora@example.com"), List.of("carla@example.com"));
    assertThat(sent).extracting(MailMessage::language).containsExactly(Language.DE, Language.EN);
    assertThat(sent).extracting(MailMessage::greetingName).containsExactly("zusammen", "colleague");
    assertThat(sent.get(0).args()).as("topics in German").contains("Connected-Car-Apps, KI-Werkzeuge");
    assertThat(sent.get(1).args()).contains("Connected car apps, AI tools");
    assertThat(sent).extracting(MailMessage::stepKey).doesNotHaveDuplicates();
    assertThat(sent).allSatisfy(mail -> assertThat(mail.actionUrl()).isEqualTo(taskUrl()));
  }

  @Test
  void theOrganizersChaseInTheirLanguagesWithWhoIsMissingAndTheFollowUpView() {
    List<MailMessage> chase = mails.mails(taskStep("closing-feedback-chase", "organizers",
        Map.of(MISSING_FEEDBACK.name(), "Petra Łęcka-Öztürk (executive, petra@example.com)")));

    assertThat(chase).extracting(MailMessage::to).containsExactly(List.of("lena@example.com"),
        List.of("paula@example.com", "omar@example.com"));
    assertThat(chase).extracting(MailMessage::language).containsExactly(Language.DE, Language.EN);
    assertThat(chase).extracting(MailMessage::stepKey).doesNotHaveDuplicates();
    assertThat(chase).allSatisfy(mail -> {
      assertThat(mail.quote()).isEqualTo("Petra Łęcka-Öztürk (executive, petra@example.com)");
      assertThat(mail.args()).contains("http://mentoring.test/follow-up");
      assertThat(mail.actionUrl()).isEqualTo(taskUrl());
    });
  }

  @Test
  void theCertificateGoesToTheMentorAloneAsAPdfWithoutLinks() {
    MailStep step = new MailStep(PROCESS_KEY, "closing-certificate", "mentorWithCertificate",
        PI + "/Task_SendCertificate", PI, null, null, Map.of(TANDEM_ID.name(), TANDEM));
    MailMessage mail = single(step);
    assertThat(mail).isEqualTo(new MailMessage(PI + "/Task_SendCertificate", "closing-certificate",
        List.of("zoe@example.com"), "Zoë", Language.EN, List.of("RMT-2031-004", "Zoë Łukasiewicz-Müller",
            "Petra Łęcka-Öztürk", 2, "Connected car apps, AI tools", ""), null, null, null, null, PI, null,
        List.of(new MailAttachment("participation-certificate-RMT-2031-004.pdf", "application/pdf", PDF))));
  }

  @Test
  void bothAreThankedAndTheSupervisorIsToldEachInAMailOfTheirOwn() {
    MailStep step = new MailStep(PROCESS_KEY, "closing-thanks", "tandemAndSupervisor",
        PI + "/Task_ThankAndInformSupervisor", PI, null, null, Map.of(TANDEM_ID.name(), TANDEM));
    List<MailMessage> sent = mails.mails(step);

    assertThat(sent).extracting(MailMessage::stepKey).containsExactly(PI + "/Task_ThankAndInformSupervisor/mentor",
        PI + "/Task_ThankAndInformSupervisor/mentee", PI + "/Task_ThankAndInformSupervisor/supervisor");
    assertThat(sent).extracting(MailMessage::template)
        .containsExactly("closing-thanks-mentor", "closing-thanks-mentee", "closing-supervisor");
    assertThat(sent).allSatisfy(mail -> {
      assertThat(mail.to()).hasSize(1);
      assertThat(mail.personalLinks()).as("thanks carry no links").isEmpty();
      assertThat(mail.actionUrl()).isNull();
      assertThat(mail.processInstanceId()).isEqualTo(PI);
    });
    MailMessage mentor = sent.get(0);
    assertThat(mentor.to()).containsExactly("zoe@example.com");
    assertThat(mentor.greetingName()).isEqualTo("Zoë");
    assertThat(mentor.args().get(5)).as("one executive's rating is not shown")
        .isEqualTo("Executives' ratings are shown to you as an average once 3 or more exist; there are not enough"
            + " answers yet.");
    MailMessage mentee = sent.get(1);
    assertThat(mentee.to()).containsExactly("petra@example.com");
    assertThat(mentee.language()).isEqualTo(Language.DE);
    assertThat(mentee.args().get(5)).isEqualTo("");
    MailMessage supervisor = sent.get(2);
    assertThat(supervisor.to()).containsExactly("sven@example.com");
    assertThat(supervisor.greetingName()).isEqualTo("colleague");
    assertThat(supervisor.language()).as("the mentor's language").isEqualTo(Language.EN);
  }

  @Test
  void aGermanMentorsSupervisorIsGreetedInGerman() {
    Mentor mentor = tandemParticipants.of(TANDEM).mentor();
    when(mentor.getLanguage()).thenReturn(Language.DE);
    MailStep step = new MailStep(PROCESS_KEY, "closing-thanks", "tandemAndSupervisor",
        PI + "/Task_ThankAndInformSupervisor", PI, null, null, Map.of(TANDEM_ID.name(), TANDEM));
    MailMessage supervisor = mails.mails(step).get(2);
    assertThat(supervisor.language()).isEqualTo(Language.DE);
    assertThat(supervisor.greetingName()).isEqualTo("zusammen");
  }

  @Test
  void aSupervisorWhoChoseALanguageReadsTheirMailInIt() {
    when(addressees.supervisorLanguage("sven@example.com", Language.EN)).thenReturn(Language.DE);
    MailStep step = new MailStep(PROCESS_KEY, "closing-thanks", "tandemAndSupervisor",
        PI + "/Task_ThankAndInformSupervisor", PI, null, null, Map.of(TANDEM_ID.name(), TANDEM));
    List<MailMessage> sent = mails.mails(step);
    assertThat(sent.get(2).language()).isEqualTo(Language.DE);
    assertThat(sent.get(2).greetingName()).isEqualTo("zusammen");
    assertThat(sent.get(0).language()).as("the mentor's own stays").isEqualTo(Language.EN);
  }

  @Test
  void theMentorSeesTheAverageOnceThreeExecutivesRated() {
    when(feedback.mentorAggregate(41L)).thenReturn(new MentorAggregate(3, 13 / 3.0));
    MailStep step = new MailStep(PROCESS_KEY, "closing-thanks", "tandemAndSupervisor",
        PI + "/Task_ThankAndInformSupervisor", PI, null, null, Map.of(TANDEM_ID.name(), TANDEM));
    assertThat(mails.mails(step).get(0).args().get(5))
        .isEqualTo("Executives rate your mentoring 4.3 of 5 on average (3 final feedbacks).");
  }

  @Test
  void aRecipientTheClosingDoesNotKnowIsRefused() {
    assertThatThrownBy(() -> mails.mails(taskStep("closing-decide", "supervisor", Map.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown recipient 'supervisor'");
  }

  private MailMessage single(MailStep step) {
    List<MailMessage> sent = mails.mails(step);
    assertThat(sent).hasSize(1);
    return sent.get(0);
  }

  private static MailStep taskStep(String template, String recipient, Map<String, Object> more) {
    Map<String, Object> variables = new HashMap<>(more);
    variables.put(TANDEM_ID.name(), TANDEM);
    return new MailStep(PROCESS_KEY, template, recipient, "task/task-1", PI, "task-1", taskUrl(), variables);
  }

  private static String taskUrl() {
    return "http://mentoring.test/camunda/app/tasklist/default/#/?task=task-1";
  }
}
