package org.reversementoring.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reversementoring.calendar.AcademyModuleEvents;
import org.reversementoring.calendar.CalendarFiles;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.content.AcademyModuleList;
import org.reversementoring.notification.Addressee;
import org.reversementoring.notification.Addressees;
import org.reversementoring.notification.MailAttachment;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.MailStep;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.recruitment.MentorApplication;
import org.reversementoring.recruitment.WithdrawLinks;
import org.reversementoring.support.DomainTestBeans;
import org.reversementoring.support.CatalogueFixtures;

/**
 * Who gets which Academy mail, with which files, and under which step key: the keys are those the
 * notification log holds already, so they must not change.
 */
class AcademyMailsTest {

  static final ProgramProperties PROGRAM = new ProgramProperties("http://mentoring.test", "secret",
      new ProgramProperties.Mail("office@example.com", "program-office@example.com"));
  static final String TASK_URL = "http://mentoring.test/camunda/app/tasklist/default/#/?task=t-1";
  static final String WITHDRAW = "http://mentoring.test/withdraw?token=RMA.sig";
  /** 17 March 2031, 10:00 in Berlin. */
  static final Instant FIRST = Instant.parse("2031-03-17T09:00:00Z");
  static final byte[] PDF = {'%', 'P', 'D', 'F'};

  private final ApplicationService applications = mock(ApplicationService.class);
  private final SeatAllocation seats = mock(SeatAllocation.class);
  private final ModuleSchedule schedule = mock(ModuleSchedule.class);
  private final QualificationCertificate certificates = mock(QualificationCertificate.class);
  private final WithdrawLinks withdrawLinks = mock(WithdrawLinks.class);
  private final Addressees addressees = mock(Addressees.class);
  private final AcademyModuleEvents calendar = new AcademyModuleEvents(
      new CalendarFiles(Clock.fixed(Instant.parse("2031-03-01T10:00:00Z"), ZoneOffset.UTC)), PROGRAM,
      DomainTestBeans.programWords());
  private final AcademyModuleList moduleList = mock(AcademyModuleList.class);
  private final AcademyMails mails = new AcademyMails(applications, seats, schedule,
      new AcademyModules(moduleList, null), calendar, certificates, withdrawLinks, addressees, PROGRAM);

  private final Mentor mentor = mock(Mentor.class);
  private final Enrollment enrollment = mock(Enrollment.class);

  @BeforeEach
  void setUp() {
    MentorApplication application = mock(MentorApplication.class);
    when(application.getNumber()).thenReturn("RMA-2031-0007");
    when(application.getMentor()).thenReturn(mentor);
    when(applications.find(7L)).thenReturn(application);
    when(withdrawLinks.urlFor(application)).thenReturn(WITHDRAW);
    when(mentor.getEmail()).thenReturn("zoe@example.com");
    when(mentor.getFirstName()).thenReturn("Zoë");
    when(mentor.getFullName()).thenReturn("Zoë Łukasiewicz-Müller");
    when(mentor.getLanguage()).thenReturn(Language.EN);
    when(mentor.getSupervisorEmail()).thenReturn("sven.vogel@example.com");

    AcademyCohort cohort = new AcademyCohort("Spring 2031", "Academy room 3", "Tina Kramer", "tina@example.com",
        12, FIRST);
    for (int i = 0; i < 3; i++) {
      Instant start = FIRST.plus(Duration.ofDays(7L * i));
      cohort.addModule(CatalogueFixtures.MODULES.get(i).key(), start, start.plus(Duration.ofHours(3)));
    }
    when(enrollment.getId()).thenReturn(11L);
    when(enrollment.getCohort()).thenReturn(cohort);
    when(enrollment.getCompletedAt()).thenReturn(FIRST.plus(Duration.ofDays(20)));
    when(seats.find(11L)).thenReturn(enrollment);
    when(schedule.modulesFor(11L)).thenReturn(CatalogueFixtures.MODULES.stream().map(AcademyModule::key).toList());
    when(moduleList.name(any(), any())).thenAnswer(call -> CatalogueFixtures.MODULES.stream()
        .filter(module -> module.key().equals(call.getArgument(0))).map(AcademyModule::name).findFirst()
        .orElse(call.getArgument(0)));
    when(certificates.pdf(any(), any(), any(), any(), any())).thenReturn(PDF);

    when(addressees.coordinators()).thenReturn(
        List.of(Addressee.colleagues(List.of("carla.becker@example.com", "program-office@example.com"), Language.EN)));
    when(addressees.supervisorLanguage(any(), any())).thenAnswer(call -> call.getArgument(1));
  }

  @Test
  void theInvitationGoesToTheMentorWithTheCalendarAndAsACopyToTheSupervisor() {
    List<MailMessage> sent = mails.mails(step("academy-invitation", "mentor-and-supervisor", null,
        Map.of("applicationId", 7L, "enrollmentId", 11L)));

    assertThat(sent).extracting(MailMessage::stepKey)
        .containsExactly("pi-1/Task_Step/11/null", "pi-1/Task_Step/11/null/copy");
    MailMessage invitation = sent.get(0);
    assertThat(invitation.template()).isEqualTo("academy-invitation");
    assertThat(invitation.to()).containsExactly("zoe@example.com");
    assertThat(invitation.greetingName()).isEqualTo("Zoë");
    assertThat(invitation.withdrawUrl()).isEqualTo(WITHDRAW);
    assertThat(invitation.activationUrl()).as("the mentor's account was activated at recruitment").isNull();
    assertThat(invitation.actionUrl()).isNull();
    assertThat(invitation.processInstanceId()).isEqualTo("pi-1");
    assertThat(invitation.args()).hasSize(6).startsWith("RMA-2031-0007", "Zoë Łukasiewicz-Müller", "Spring 2031", "",
        "Academy room 3");
    assertThat(String.valueOf(invitation.args().get(5))).startsWith("Mentoring basics: Mon 17 March 2031, 10:00–13:00; ");
    assertThat(invitation.attachments()).singleElement()
        .extracting(MailAttachment::contentType).isEqualTo(MailAttachment.CALENDAR_REQUEST_TYPE);

    MailMessage copy = sent.get(1);
    assertThat(copy.template()).isEqualTo("academy-invitation-copy");
    assertThat(copy.to()).containsExactly("sven.vogel@example.com");
    assertThat(copy.greetingName()).isEqualTo("colleague");
    assertThat(copy.personalLinks()).isEmpty();
    assertThat(copy.args()).isEqualTo(invitation.args());
    assertThat(copy.attachments()).extracting(MailAttachment::contentType, AcademyMailsTest::text)
        .isEqualTo(invitation.attachments().stream().map(file -> tuple(file.contentType(), text(file))).toList());
  }

  @Test
  void aModuleReminderGoesToTheMentorAloneKeyedByEnrollmentAndModule() {
    List<MailMessage> sent = mails.mails(step("academy-module-reminder", "mentor", null,
        Map.of("applicationId", 7L, "enrollmentId", 11L, "moduleKey", "teaching-adults")));

    assertThat(sent).singleElement().satisfies(reminder -> {
      assertThat(reminder.stepKey()).isEqualTo("pi-1/Task_Step/11/teaching-adults");
      assertThat(reminder.to()).containsExactly("zoe@example.com");
      assertThat(reminder.args().get(3)).isEqualTo("Teaching adults and executives");
      assertThat(reminder.attachments()).isEmpty();
    });
  }

  @Test
  void theCertificateIsOnTheMentorsMailAndOnEveryCopy() {
    List<MailMessage> sent = mails.mails(step("academy-qualified", "mentor-supervisor-and-coordinators", null,
        Map.of("applicationId", 7L, "enrollmentId", 11L)));

    assertThat(sent).extracting(MailMessage::stepKey).containsExactly("pi-1/Task_Step/11/null",
        "pi-1/Task_Step/11/null/copy", "pi-1/Task_Step/11/null/copy/office");
    assertThat(sent.get(1).template()).isEqualTo("academy-qualified-copy");
    assertThat(sent.get(1).to()).containsExactly("sven.vogel@example.com");
    assertThat(sent.get(2).template()).isEqualTo("academy-qualified-copy");
    assertThat(sent.get(2).to()).containsExactly("carla.becker@example.com", "program-office@example.com");
    assertThat(sent).allSatisfy(mail -> assertThat(mail.attachments()).singleElement().satisfies(file -> {
      assertThat(file.fileName()).isEqualTo("qualification-certificate.pdf");
      assertThat(file.contentType()).isEqualTo("application/pdf");
      assertThat(file.content()).isEqualTo(PDF);
    }));
    verify(certificates, times(1)).pdf("Zoë Łukasiewicz-Müller", "Spring 2031",
        List.of("Mentoring basics", "Teaching adults and executives", "Communication and feedback"),
        java.time.LocalDate.of(2031, 4, 6), Language.EN);
  }

  @Test
  void notQualifiedTellsMentorSupervisorAndCoordinatorsWithoutFiles() {
    List<MailMessage> sent = mails.mails(step("academy-not-qualified", "mentor-supervisor-and-coordinators", null,
        Map.of("applicationId", 7L, "enrollmentId", 11L)));

    assertThat(sent).extracting(MailMessage::template)
        .containsExactly("academy-not-qualified", "academy-not-qualified-copy", "academy-not-qualified-copy");
    assertThat(sent).allSatisfy(mail -> assertThat(mail.attachments()).isEmpty());
  }

  @Test
  void aGermanMentorsSupervisorReadsTheCopyInGermanAndTheProgramOfficeInEnglish() {
    when(mentor.getLanguage()).thenReturn(Language.DE);

    List<MailMessage> sent = mails.mails(step("academy-not-qualified", "mentor-supervisor-and-coordinators", null,
        Map.of("applicationId", 7L, "enrollmentId", 11L)));

    assertThat(sent.get(1).language()).isEqualTo(Language.DE);
    assertThat(sent.get(1).greetingName()).isEqualTo("zusammen");
    assertThat(sent.get(2).language()).isEqualTo(Language.EN);
    assertThat(sent.get(2).greetingName()).isEqualTo("colleague");
  }

  @Test
  void aSupervisorWhoChoseGermanGetsTheCopyOfAnEnglishMentorsInvitationInGermanWithGermanDates() {
    when(addressees.supervisorLanguage("sven.vogel@example.com", Language.EN)).thenReturn(Language.DE);

    List<MailMessage> sent = mails.mails(step("academy-invitation", "mentor-and-supervisor", null,
        Map.of("applicationId", 7L, "enrollmentId", 11L)));

    assertThat(sent.get(0).language()).isEqualTo(Language.EN);
    assertThat(String.valueOf(sent.get(0).args().get(5))).startsWith("Mentoring basics: Mon 17 March 2031");
    assertThat(sent.get(1).language()).isEqualTo(Language.DE);
    assertThat(sent.get(1).greetingName()).isEqualTo("zusammen");
    assertThat(String.valueOf(sent.get(1).args().get(5))).startsWith("Mentoring basics: Mo. 17. März 2031, 10:00");
    // each reads the calendar entries in their language, the same entries (UIDs) for both
    assertThat(text(sent.get(0).attachments().get(0))).contains("DESCRIPTION:Spring 2031\\, trainer Tina Kramer")
        .contains("UID:academy-11-mentoring-basics@reverse-mentoring");
    assertThat(text(sent.get(1).attachments().get(0))).contains("DESCRIPTION:Spring 2031\\, Trainer/in Tina Kramer")
        .contains("UID:academy-11-mentoring-basics@reverse-mentoring");
  }

  private static String text(MailAttachment file) {
    return new String(file.content(), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void theCoordinatorsAreAskedToPlanACohortWithTheTaskLink() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("applicationId", 7L);
    variables.put("enrollmentId", null);

    MailMessage mail = single(step("academy-cohort-needed", "coordinators", "t-1", variables));

    assertThat(mail.stepKey()).isEqualTo("task/t-1");
    assertThat(mail.to()).containsExactly("carla.becker@example.com", "program-office@example.com");
    assertThat(mail.language()).isEqualTo(Language.EN);
    assertThat(mail.actionUrl()).isEqualTo(TASK_URL);
    assertThat(mail.taskId()).isEqualTo("t-1");
    assertThat(mail.personalLinks()).isEmpty();
    assertThat(mail.args()).containsExactly("RMA-2031-0007", "Zoë Łukasiewicz-Müller", "", "", "", "");
  }

  @Test
  void aReleasedSeatCancelsTheDatesForMentorAndSupervisor() {
    List<MailMessage> sent = mails.seatReleased(applications.find(7L), enrollment, "pi-9/Task_ReleaseAcademySeat", "pi-9");

    assertThat(sent).extracting(MailMessage::stepKey)
        .containsExactly("pi-9/Task_ReleaseAcademySeat", "pi-9/Task_ReleaseAcademySeat/copy");
    assertThat(sent).extracting(MailMessage::template)
        .containsExactly("academy-seat-released", "academy-seat-released-copy");
    assertThat(sent.get(0).withdrawUrl()).isEqualTo(WITHDRAW);
    assertThat(sent.get(1).to()).containsExactly("sven.vogel@example.com");
    assertThat(sent).allSatisfy(mail -> {
      assertThat(mail.processInstanceId()).isEqualTo("pi-9");
      assertThat(mail.attachments()).singleElement()
          .extracting(MailAttachment::contentType).isEqualTo(MailAttachment.CALENDAR_CANCEL_TYPE);
    });
  }

  @Test
  void aRecipientTheModelShouldNotNameIsRefused() {
    assertThatThrownBy(() -> mails.mails(step("academy-invitation", "supervisor", null,
        Map.of("applicationId", 7L, "enrollmentId", 11L))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown recipient 'supervisor'");
    assertThat(mails.processKeys()).containsExactlyInAnyOrder("academy-qualification", "plan-academy-cohort");
  }

  private MailMessage single(MailStep step) {
    List<MailMessage> sent = mails.mails(step);
    assertThat(sent).hasSize(1);
    return sent.get(0);
  }

  private static MailStep step(String template, String recipient, String taskId, Map<String, Object> variables) {
    return new MailStep("academy-qualification", template, recipient, taskId == null ? "pi-1/Task_Step" : "task/" + taskId,
        "pi-1", taskId, taskId == null ? null : TASK_URL, variables);
  }
}
