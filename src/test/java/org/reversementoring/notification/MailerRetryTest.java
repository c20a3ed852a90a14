package org.reversementoring.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.common.Language;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A step that sent its mail and then failed is retried in a new transaction: the person gets
 * the mail once, not once per attempt, and a second send within one step is skipped too.
 */
@AppTest
class MailerRetryTest {

  private static final String TO = "zoe.retry@example.com";

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @Autowired Mailer mailer;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aMailSentByAStepThatRolledBackIsNotSentAgainByItsRetry() {
    MailMessage mail = MailMessage.builder("retry-test/" + System.nanoTime(), "account-activation")
        .to(Addressee.named(TO, "Zoë", Language.DE)).args("zoe", 7)
        .personalAction("http://mentoring.test/activate?token=t").build();
    TransactionTemplate step = new TransactionTemplate(transactions);

    assertThatThrownBy(() -> step.executeWithoutResult(status -> {
      mailer.send(mail);
      mailer.send(mail);
      throw new IllegalStateException("the step fails after its mail");
    })).hasMessage("the step fails after its mail");
    step.executeWithoutResult(status -> mailer.send(mail));

    assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
    assertThat(smtp.getReceivedMessagesForDomain(TO)).as("one mail for three sends in two attempts").hasSize(1);
  }
}
