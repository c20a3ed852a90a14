package org.reversementoring.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

/** Who gets which enrollment mail, with which placeholders and links. */
class EnrollmentMailsTest {

  static final String TASK_URL = "http://mentoring.test/camunda/app/tasklist/default/#/?task=t-1";
  static final String ACTIVATE = "http://mentoring.test/activate?token=abc";

  private final MenteeService mentees = mock(MenteeService.class);
  private final Addressees addressees = mock(Addressees.class);
  private final EnrollmentMails mails = new EnrollmentMails(mentees, addressees);
  private Mentee mentee;

  @BeforeEach
  void setUp() {
    mentee = new Mentee("RME-2031-0005", MenteeServiceTest.form("clara@example.com").language("de").build(),
        Instant.EPOCH);
    when(mentees.find(5L)).thenReturn(mentee);
    when(addressees.participant("clara@example.com", "Clara", Language.DE))
        .thenReturn(new Addressee(List.of("clara@example.com"), "Clara", Language.DE, ACTIVATE));
    when(addressees.coordinators())
        .thenReturn(List.of(Addressee.colleagues(List.of("carla.becker@example.com", "office@example.com"), Language.EN)));
  }

  @Test
  void theExecutiveHearsInTheirLanguageWithTheActivationLink() {
    MailMessage mail = single(step("enrollment-received", "mentee", null, Map.of("menteeId", 5L)));

    assertThat(mail.stepKey()).isEqualTo("pi-1/Task_Step");
    assertThat(mail.to()).containsExactly("clara@example.com");
    assertThat(mail.greetingName()).isEqualTo("Clara");
    assertThat(mail.language()).isEqualTo(Language.DE);
    assertThat(mail.activationUrl()).isEqualTo(ACTIVATE);
    assertThat(mail.actionUrl()).isNull();
    assertThat(mail.quote()).isNull();
    assertThat(mail.processInstanceId()).isEqualTo("pi-1");
    assertThat(mail.args()).containsExactly("RME-2031-0005", "Clara Hoffmann", "");
  }

  @Test
  void theWaitlistMailNamesThePositionAndADeclineQuotesTheReason() {
    assertThat(single(step("enrollment-waitlisted", "mentee", null, Map.of("menteeId", 5L, "waitlistPosition", 3)))
        .args()).last().isEqualTo(3);

    mentee.changeStatus(MenteeStatus.DECLINED, "Please enrol next year", Instant.EPOCH);
    assertThat(single(step("enrollment-declined", "mentee", null, Map.of("menteeId", 5L))).quote())
        .isEqualTo("Please enrol next year");
    assertThat(single(step("enrollment-received", "mentee", null, Map.of("menteeId", 5L))).quote()).isNull();
  }

  @Test
  void theCoordinatorsGetTheTaskLinkTogether() {
    MailMessage mail = single(step("enrollment-review", "coordinators", "t-1", Map.of("menteeId", 5L)));

    assertThat(mail.stepKey()).isEqualTo("task/t-1");
    assertThat(mail.to()).containsExactly("carla.becker@example.com", "office@example.com");
    assertThat(mail.greetingName()).isEqualTo("colleague");
    assertThat(mail.language()).isEqualTo(Language.EN);
    assertThat(mail.actionUrl()).isEqualTo(TASK_URL);
    assertThat(mail.taskId()).isEqualTo("t-1");
    assertThat(mail.personalLinks()).isEmpty();
    assertThat(mail.args()).containsExactly("RME-2031-0005", "Clara Hoffmann", "");
  }

  @Test
  void aRecipientTheModelShouldNotNameIsRefused() {
    assertThatThrownBy(() -> mails.mails(step("enrollment-received", "applicant", null, Map.of("menteeId", 5L))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown recipient 'applicant'");
    assertThat(mails.processKeys()).containsExactly("mentee-enrollment");
  }

  private MailMessage single(MailStep step) {
    List<MailMessage> sent = mails.mails(step);
    assertThat(sent).hasSize(1);
    return sent.get(0);
  }

  private static MailStep step(String template, String recipient, String taskId, Map<String, Object> variables) {
    return new MailStep("mentee-enrollment", template, recipient, taskId == null ? "pi-1/Task_Step" : "task/" + taskId,
        "pi-1", taskId, taskId == null ? null : TASK_URL, variables);
  }
}
