package org.reversementoring.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMultipart;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

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

  @Test
  void namesTheMailStreamProviderAndMultipartMailsWithAttachmentsStillArrive() throws Exception {
    String before = System.clearProperty(MailSenderConfiguration.STREAM_PROVIDER_PROPERTY);
    try {
      MailProperties mail = new MailProperties();
      mail.setHost("127.0.0.1");
      mail.setPort(smtp.getSmtp().getPort());
      JavaMailSenderImpl sender = new MailSenderConfiguration().mailSender(mail);
      assertThat(System.getProperty(MailSenderConfiguration.STREAM_PROVIDER_PROPERTY))
          .isEqualTo(MailSenderConfiguration.ANGUS_STREAM_PROVIDER);

      MimeMessageHelper helper = new MimeMessageHelper(sender.createMimeMessage(), true, "UTF-8");
      helper.setFrom("program@example.com");
      helper.setTo("zoe@example.com");
      helper.setSubject("Kickoff with Zoë Łukasiewicz-Müller");
      helper.setText("Hi Zoë", "<p>Hi Zoë</p>");
      helper.addAttachment("kickoff.ics", new ByteArrayResource("BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8)),
          "text/calendar");
      sender.send(helper.getMimeMessage());

      assertThat(smtp.getReceivedMessages()).hasSize(1);
      assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Kickoff with Zoë Łukasiewicz-Müller");
      MimeMultipart parts = (MimeMultipart) smtp.getReceivedMessages()[0].getContent();
      assertThat(parts.getCount()).isEqualTo(2);
      assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("kickoff.ics");
    } finally {
      restore(before);
    }
  }

  @Test
  void keepsAStreamProviderTheOperatorNamed() {
    String before = System.setProperty(MailSenderConfiguration.STREAM_PROVIDER_PROPERTY, "com.example.OwnStreamProvider");
    try {
      MailSenderConfiguration.nameStreamProvider();

      assertThat(System.getProperty(MailSenderConfiguration.STREAM_PROVIDER_PROPERTY))
          .isEqualTo("com.example.OwnStreamProvider");
    } finally {
      restore(before);
    }
  }

  private static void restore(String value) {
    if (value == null) {
      System.clearProperty(MailSenderConfiguration.STREAM_PROVIDER_PROPERTY);
    } else {
      System.setProperty(MailSenderConfiguration.STREAM_PROVIDER_PROPERTY, value);
    }
  }
}
