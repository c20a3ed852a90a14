package org.reversementoring.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.Language;
import org.reversementoring.notification.Addressee;
import org.reversementoring.notification.Addressees;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.MailStep;

/** Who gets which recruitment mail, with which placeholders and links. */
class RecruitmentMailsTest {

  static final String TASK_URL = "http://mentoring.test/camunda/app/tasklist/default/#/?task=t-1";
  static final String WITHDRAW = "http://mentoring.test/withdraw?token=RMA.sig";
  static final String ACTIVATE = "http://mentoring.test/activate?token=abc";

  private final ApplicationService applications = mock(ApplicationService.class);
  private final Addressees addressees = mock(Addressees.class);
  private final WithdrawLinks withdrawLinks = mock(WithdrawLinks.class);
  private final RecruitmentMails mails = new RecruitmentMails(applications, addressees, withdrawLinks);
  private MentorApplication application;

  @BeforeEach
  void setUp() {
    ApplicationForm form = ApplicationServiceTest.form("zoe@example.com").build();
    application = new MentorApplication("RMA-2026-0001", new Mentor(form), form, Instant.EPOCH);
    when(applications.find(7L)).thenReturn(application);
    when(withdrawLinks.urlFor(application)).thenReturn(WITHDRAW);
    Mentor mentor = application.getMentor();
    when(addressees.participant(mentor.getEmail(), mentor.getFirstName(), mentor.getLanguage()))
        .thenReturn(new Addressee(List.of(mentor.getEmail()), mentor.getFirstName(), mentor.getLanguage(), ACTIVATE));
    when(addressees.colleague(mentor.getSupervisorEmail(), mentor.getLanguage()))
        .thenReturn(new Addressee(List.of(mentor.getSupervisorEmail()), "colleague", mentor.getLanguage(), null));
    when(addressees.coordinators())
        .thenReturn(List.of(Addressee.colleagues(List.of("carla.becker@example.com", "office@example.com"), Language.EN)));
    when(addressees.supervisorLanguage(anyString(), any())).thenAnswer(call -> call.getArgument(1));
  }

  @Test
  void theApplicantGetsTheWithdrawLinkAndTheirActivationLink() {
    MailMessage mail = single(step("application-received", "applicant", null, Map.of("applicationId", 7L)));

    assertThat(mail.to()).containsExactly("zoe@example.com");
    assertThat(mail.greetingName()).isEqualTo(application.getMentor().getFirstName());
    assertThat(mail.withdrawUrl()).isEqualTo(WITHDRAW);
    assertThat(mail.activationUrl()).isEqualTo(ACTIVATE);
    assertThat(mail.quote()).isNull();
    assertThat(mail.stepKey()).isEqualTo("pi-1/Task_Step");
    assertThat(mail.processInstanceId()).isEqualTo("pi-1");
    assertThat(mail.args()).containsExactly("RMA-2026-0001", application.getMentor().getFullName(),
        application.getMentor().getSupervisorEmail(), "");
  }

  @Test
  void aRejectionQuotesTheReasonAndAWaitlistMailNamesThePosition() {
    application.changeStatus(ApplicationStatus.REJECTED, "Topics already covered", Instant.EPOCH);
    assertThat(single(step("application-rejected", "applicant", null, Map.of("applicationId", 7L))).quote())
        .isEqualTo("Topics already covered");

    MailMessage waitlisted = single(step("application-waitlisted", "applicant", null,
        Map.of("applicationId", 7L, "waitlistPosition", 3)));
    assertThat(waitlisted.args()).last().isEqualTo(3);
    assertThat(waitlisted.quote()).isNull();
  }

  @Test
  void theSupervisorIsLinkedToTheOpenTaskButNotToTheApplicantsLinks() {
    MailMessage mail = single(step("supervisor-consent-reminder", "supervisor", "t-1", Map.of("applicationId", 7L)));

    assertThat(mail.to()).containsExactly(application.getMentor().getSupervisorEmail());
    assertThat(mail.greetingName()).isEqualTo("colleague");
    assertThat(mail.actionUrl()).isEqualTo(TASK_URL);
    assertThat(mail.taskId()).isEqualTo("t-1");
    assertThat(mail.withdrawUrl()).isNull();
  }

  @Test
  void theCoordinatorsGetTheTaskLinkTogether() {
    MailMessage mail = single(step("review-requested", "coordinators", "t-1", Map.of("applicationId", 7L)));

    assertThat(mail.to()).containsExactly("carla.becker@example.com", "office@example.com");
    assertThat(mail.language()).isEqualTo(Language.EN);
    assertThat(mail.actionUrl()).isEqualTo(TASK_URL);
    assertThat(mail.personalLinks()).isEmpty();
  }

  @Test
  void aRecipientTheModelShouldNotNameIsRefused() {
    assertThatThrownBy(() -> mails.mails(step("application-received", "mentee", null, Map.of("applicationId", 7L))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown recipient 'mentee'");
    assertThat(mails.processKeys()).containsExactly("mentor-recruitment");
  }

  private MailMessage single(MailStep step) {
    List<MailMessage> sent = mails.mails(step);
    assertThat(sent).hasSize(1);
    return sent.get(0);
  }

  private static MailStep step(String template, String recipient, String taskId, Map<String, Object> variables) {
    return new MailStep("mentor-recruitment", template, recipient, "pi-1/Task_Step", "pi-1", taskId,
        taskId == null ? null : TASK_URL, variables);
  }
}
