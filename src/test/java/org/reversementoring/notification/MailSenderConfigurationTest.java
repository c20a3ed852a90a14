package org.reversementoring.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailSenderConfigurationTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Test
  void plainSmtpSendsOverSocketsWithoutNagleDelay() throws Exception {
    MailProperties mail = new MailProperties();
    mail.setHost("127.0.0.1");
    mail.setPort(smtp.getSmtp().getPort());
    JavaMailSenderImpl sender = new MailSenderConfiguration().mailSender(mail);

    Object factory = sender.getJavaMailProperties().get("mail.smtp.socketFactory");
    assertThat(factory).isSameAs(NoDelaySocketFactory.INSTANCE);
    try (Socket socket = NoDelaySocketFactory.INSTANCE.createSocket("127.0.0.1", smtp.getSmtp().getPort())) {
      assertThat(socket.getTcpNoDelay()).isTrue();
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom("program@example.com");
    message.setTo("zoe@example.com");
    message.setSubject("Hello");
    message.setText("Hi");
    sender.send(message);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void implicitTlsAndAnOwnSocketFactoryAreLeftAsConfigured() {
    MailProperties tls = new MailProperties();
    tls.getProperties().put("mail.smtp.ssl.enable", "true");
    MailProperties smtps = new MailProperties();
    smtps.setProtocol("smtps");
    MailProperties own = new MailProperties();
    own.getProperties().put("mail.smtp.socketFactory.class", "javax.net.DefaultSocketFactory");

    assertThat(new MailSenderConfiguration().mailSender(tls).getJavaMailProperties())
        .doesNotContainKey("mail.smtp.socketFactory");
    assertThat(new MailSenderConfiguration().mailSender(smtps).getJavaMailProperties())
        .doesNotContainKey("mail.smtp.socketFactory");
    assertThat(new MailSenderConfiguration().mailSender(own).getJavaMailProperties())
        .doesNotContainKey("mail.smtp.socketFactory");
  }
}
