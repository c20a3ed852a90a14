package org.reversementoring.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo profile's mail server: GreenMail listens where spring.mail points, so the app sends
 * real SMTP and a newcomer reads every mail on the mailbox page, without any mail server.
 */
@Configuration
@ConditionalOnProperty("reverse-mentoring.demo.embedded-smtp")
class EmbeddedSmtpServer {

  @Bean(initMethod = "start", destroyMethod = "stop")
  GreenMail greenMail(@Value("${spring.mail.port}") int port) {
    return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }
}
