package org.reversementoring.notification;

import java.util.Properties;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.ClassUtils;

/** The mail sender from the usual {@code spring.mail.*} settings, keeping its SMTP connections. */
@Configuration
@EnableConfigurationProperties(MailProperties.class)
class MailSenderConfiguration {

  static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";
  static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

  @Bean
  JavaMailSenderImpl mailSender(MailProperties mail) {
    nameStreamProvider();
    ConnectionReusingMailSender sender = new ConnectionReusingMailSender();
    sender.setHost(mail.getHost());
    if (mail.getPort() != null) {
      sender.setPort(mail.getPort());
    }
    sender.setUsername(mail.getUsername());
    sender.setPassword(mail.getPassword());
    sender.setProtocol(mail.getProtocol());
    if (mail.getDefaultEncoding() != null) {
      sender.setDefaultEncoding(mail.getDefaultEncoding().name());
    }
    Properties properties = new Properties();
    properties.putAll(mail.getProperties());
    if (plainSmtp(sender.getProtocol(), properties)) {
      properties.put("mail.smtp.socketFactory", NoDelaySocketFactory.INSTANCE);
    }
    sender.setJavaMailProperties(properties);
    return sender;
  }

  /**
   * SMTP without implicit TLS and without a socket factory of the operator's own. STARTTLS wraps
   * our socket later, so Nagle stays off there too.
   */
  private static boolean plainSmtp(String protocol, Properties properties) {
    return (protocol == null || protocol.equals("smtp"))
        && !Boolean.parseBoolean(properties.getProperty("mail.smtp.ssl.enable"))
        && properties.stringPropertyNames().stream().noneMatch(key -> key.startsWith("mail.smtp.socketFactory"));
  }

  /**
   * Jakarta Mail 2.1 looks up its stream provider for every multipart, body part and encoder it
   * creates, by scanning the classpath with a ServiceLoader unless the provider is named
   * (jakartaee/mail-api#699): a tenth of a journey's time in the lifecycle benchmark. Naming it
   * turns each lookup into a loaded-class lookup; an operator's own setting is kept.
   */
  static void nameStreamProvider() {
    if (System.getProperty(STREAM_PROVIDER_PROPERTY) == null
        && ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, MailSenderConfiguration.class.getClassLoader())) {
      System.setProperty(STREAM_PROVIDER_PROPERTY, ANGUS_STREAM_PROVIDER);
    }
  }
}
