package org.reversementoring.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;

/** A mail with a link that acts without a login goes to its owner alone. */
class MailMessageTest {

  static final ProgramProperties PROPERTIES = new ProgramProperties("http://mentoring.test", "secret",
      new ProgramProperties.Mail("office@example.com", "coordinators@example.com"));
  static final List<String> TWO = List.of("zoe@example.com", "sven.supervisor@example.com");
  static final String ACTIVATION = "http://mentoring.test/activate?token=abc";
  static final String END = "http://mentoring.test/tandems/end?token=7-mentor.sig";
  static final String MOVE = "http://mentoring.test/sessions/move?token=7-1.sig";

  static MailMessage mail(List<String> to, String actionUrl, String activationUrl, String withdrawUrl, String taskId) {
    MailMessage.Builder mail = MailMessage.builder("step", "tandem-kickoff-mentor")
        .to(new Addressee(to, "Zoë", Language.EN, activationUrl)).withdrawUrl(withdrawUrl).processInstance("pi-1");
    return taskId == null ? mail.personalAction(actionUrl).build() : mail.taskLink(taskId, actionUrl).build();
  }

  @Test
  void refusesAPersonalLinkToSeveralRecipients() {
    assertThatThrownBy(() -> mail(TWO, null, ACTIVATION, null, null)).as("activation link")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("goes to its owner alone, not to 2 recipients");
    assertThatThrownBy(() -> mail(TWO, null, null, END, null)).as("withdraw or end link")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> mail(TWO, MOVE, null, null, null)).as("a button that acts by itself")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> mail(TWO, PROPERTIES.taskUrl("task-2"), null, null, "task-1"))
        .as("the link of another task than the mail's").isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theOwnerAloneGetsEveryLink() {
    MailMessage mail = mail(List.of("zoe@example.com"), MOVE, ACTIVATION, END, null);

    assertThat(mail.personalLinks()).containsExactly(MOVE, ACTIVATION, END);
    assertThat(mail.to()).containsExactly("zoe@example.com");
  }

  @Test
  void theBuilderFillsEveryPartItIsGiven() {
    MailAttachment file = MailAttachment.calendarRequest(new byte[] {1});
    MailMessage mail = MailMessage.builder("pi-1/Task_Send", "tandem-kickoff-mentor").keyPart("mentor")
        .to(new Addressee(List.of("zoe@example.com"), "Zoë", Language.DE, ACTIVATION))
        .args("TND-2026-0001", 3).quote("Goals").personalAction(MOVE).withdrawUrl(END)
        .processInstance("pi-1").attach(file).build();

    assertThat(mail).isEqualTo(new MailMessage("pi-1/Task_Send/mentor", "tandem-kickoff-mentor",
        List.of("zoe@example.com"), "Zoë", Language.DE, List.of("TND-2026-0001", 3), "Goals", MOVE, ACTIVATION,
        END, "pi-1", null, List.of(file)));
  }

  @Test
  void colleaguesAreGreetedInTheirLanguageAndGetNoActivationLink() {
    MailMessage mail = MailMessage.builder("step", "closing-supervisor")
        .to(Addressee.colleagues(TWO, Language.DE)).build();

    assertThat(mail.greetingName()).isEqualTo("zusammen");
    assertThat(mail.activationUrl()).isNull();
    assertThat(mail.to()).isEqualTo(TWO);
  }

  @Test
  void aTaskLinkNeedsALoginSoItMayGoToSeveral() {
    MailMessage toCoordinators = mail(TWO, PROPERTIES.taskUrl("task-1"), null, null, "task-1");

    assertThat(toCoordinators.personalLinks()).isEmpty();
    assertThat(mail(TWO, null, null, null, null).to()).hasSize(2);
  }

  @Test
  void theRecipientsCannotBeChangedAfterTheCheck() {
    List<String> to = new ArrayList<>(List.of("zoe@example.com"));
    MailMessage mail = mail(to, null, ACTIVATION, null, null);
    to.add("sven.supervisor@example.com");

    assertThat(mail.to()).containsExactly("zoe@example.com");
  }
}
