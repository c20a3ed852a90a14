package org.reversementoring.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.reversementoring.common.ProgramProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Sends every mail of the program: renders the HTML and plain-text parts from the message
 * bundle in the recipient's language, attaches the mail's files (e.g. a calendar invitation),
 * skips a step that already sent its mail, and logs.
 * A failure is thrown on, so the calling step fails, retries and becomes an incident.
 */
@Service
public class Mailer {

  private final JavaMailSender sender;
  private final ITemplateEngine templates;
  private final MessageSource messages;
  private final NotificationLog log;
  private final ProgramProperties properties;

  public Mailer(JavaMailSender sender, ITemplateEngine templates, MessageSource messages,
      NotificationLog log, ProgramProperties properties) {
    this.sender = sender;
    this.templates = templates;
    this.messages = messages;
    this.log = log;
    this.properties = properties;
  }

  public void send(MailMessage mail) {
    if (log.alreadySent(mail.stepKey())) {
      return;
    }
    Context context = new Context(mail.language().locale(), mail.model());
    String subject = messages.getMessage(mail.template() + ".subject", mail.args().toArray(),
        mail.language().locale());
    context.setVariable("subject", subject);
    if (mail.toParticipant()) {
      context.setVariable("myProgramUrl", properties.url("/me"));
    }
    String html = templates.process("mail/standard", context);
    String text = templates.process("mail/standard.txt", context);
    try {
      sender.send(mime(mail, subject, text, html));
    } catch (MailException e) {
      log.record(mail, subject, Notification.Status.FAILED, e.getMessage());
      throw e;
    }
    log.record(mail, subject, Notification.Status.SENT, null);
  }

  private MimeMessage mime(MailMessage mail, String subject, String text, String html) {
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(properties.mail().from());
      helper.setTo(mail.to().toArray(String[]::new));
      helper.setSubject(subject);
      helper.setText(text, html);
      for (MailAttachment attachment : mail.attachments()) {
        helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
            attachment.contentType());
      }
      return message;
    } catch (MessagingException e) {
      throw new MailPreparationException("Cannot build mail " + mail.template(), e);
    }
  }
}
