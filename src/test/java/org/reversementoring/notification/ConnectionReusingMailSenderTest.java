package org.reversementoring.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.mock;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;

class ConnectionReusingMailSenderTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private int connects;
  private Transport firstConnection;

  private final ConnectionReusingMailSender sender = new ConnectionReusingMailSender() {
    @Override
    public Transport connectTransport() throws MessagingException {
      connects++;
      return connects == 1 && firstConnection != null ? firstConnection : super.connectTransport();
    }
  };

  @AfterEach
  void close() {
    sender.destroy();
  }

  @Test
  void mailsOfOneThreadShareOneConnection() {
    pointAt(smtp.getSmtp().getPort());
    for (int i = 0; i < 3; i++) {
      sender.send(mail("zoë" + i + "@example.com"));
    }
    assertThat(smtp.getReceivedMessages()).hasSize(3);
    assertThat(connects).isEqualTo(1);
  }

  @Test
  void aConnectionTheServerDroppedIsReplacedWithoutLosingTheMail() {
    pointAt(smtp.getSmtp().getPort());
    sender.send(mail("before@example.com"));
    smtp.stop();
    smtp.start();
    pointAt(smtp.getSmtp().getPort());

    sender.send(mail("after@example.com"));

    assertThat(smtp.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
        .containsExactly("after@example.com");
    assertThat(connects).isEqualTo(2);
  }

  @Test
  void aConnectionDroppedAtMailFromIsReplacedToo() throws MessagingException {
    firstConnection = mock(Transport.class);
    doNothing().doThrow(new SendFailedException("[EOF]")).when(firstConnection).sendMessage(any(), any());
    pointAt(smtp.getSmtp().getPort());
    sender.send(mail("before@example.com"));

    sender.send(mail("after@example.com"));

    assertThat(smtp.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
        .containsExactly("after@example.com");
    assertThat(connects).isEqualTo(2);
  }

  @Test
  void aRefusedRecipientIsNotTriedAgain() throws MessagingException {
    firstConnection = mock(Transport.class);
    doNothing().doThrow(new SendFailedException("550 no such user", null, new Address[0],
        new Address[0], new Address[] {new InternetAddress("gone@example.com")}))
        .when(firstConnection).sendMessage(any(), any());
    pointAt(smtp.getSmtp().getPort());
    sender.send(mail("before@example.com"));

    assertThatThrownBy(() -> sender.send(mail("gone@example.com"))).isInstanceOf(MailSendException.class);
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(connects).isEqualTo(1);
  }

  @Test
  void anUnreachableServerFailsTheSendSoTheJobIsRetried() {
    pointAt(smtp.getSmtp().getPort());
    sender.send(mail("before@example.com"));
    smtp.stop();
    assertThatThrownBy(() -> sender.send(mail("lost@example.com"))).isInstanceOf(MailSendException.class);
    smtp.start();
  }

  private void pointAt(int port) {
    sender.setHost("localhost");
    sender.setPort(port);
  }

  private static SimpleMailMessage mail(String to) {
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom("office@example.com");
    mail.setTo(to);
    mail.setSubject("Hello");
    mail.setText("Text");
    return mail;
  }
}
