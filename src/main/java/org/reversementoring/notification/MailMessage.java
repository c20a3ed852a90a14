package org.reversementoring.notification;

import java.util.List;
import java.util.Map;
import org.reversementoring.common.Language;

/**
 * A mail to send. Its text comes from the message bundle under {@code template}: {@code
 * .subject}, paragraphs {@code .p1}..{@code .p4} and, when {@code actionUrl} is set, {@code
 * .action} as the button label. {@code args} fill the placeholders {0}, {1}, ...
 *
 * @param stepKey       identifies the process step that sends it; a step never sends twice
 * @param activationUrl link to set the password of the recipient's account, shown above the
 *                      task link; null when the account has a password already
 * @param attachments   files attached to the mail, e.g. a calendar invitation; empty for most
 * @param cc            addresses in copy (Cc), e.g. the training supervisor; empty for most
 */
public record MailMessage(
    String stepKey,
    String template,
    List<String> to,
    String greetingName,
    Language language,
    List<Object> args,
    String quote,
    String actionUrl,
    String activationUrl,
    String withdrawUrl,
    String processInstanceId,
    String taskId,
    List<MailAttachment> attachments,
    List<String> cc) {

  public MailMessage {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    cc = cc == null ? List.of() : List.copyOf(cc);
  }

  /** A mail without anyone in copy. */
  public MailMessage(String stepKey, String template, List<String> to, String greetingName,
      Language language, List<Object> args, String quote, String actionUrl, String activationUrl,
      String withdrawUrl, String processInstanceId, String taskId, List<MailAttachment> attachments) {
    this(stepKey, template, to, greetingName, language, args, quote, actionUrl, activationUrl,
        withdrawUrl, processInstanceId, taskId, attachments, List.of());
  }

  /** This mail with these addresses in copy (Cc) instead of its current ones. */
  public MailMessage withCc(List<String> newCc) {
    return new MailMessage(stepKey, template, to, greetingName, language, args, quote, actionUrl,
        activationUrl, withdrawUrl, processInstanceId, taskId, attachments, newCc);
  }

  /** This mail with the given files attached instead of its current ones. */
  public MailMessage withAttachments(List<MailAttachment> newAttachments) {
    return new MailMessage(stepKey, template, to, greetingName, language, args, quote, actionUrl,
        activationUrl, withdrawUrl, processInstanceId, taskId, newAttachments, cc);
  }

  /** This mail with the given files attached instead of its current ones. */
  public MailMessage withAttachments(MailAttachment... newAttachments) {
    return withAttachments(List.of(newAttachments));
  }

  public Map<String, Object> model() {
    Map<String, Object> model = new java.util.HashMap<>();
    model.put("template", template);
    model.put("greetingName", greetingName);
    model.put("args", args.toArray());
    model.put("quote", quote);
    model.put("actionUrl", actionUrl);
    model.put("activationUrl", activationUrl);
    model.put("withdrawUrl", withdrawUrl);
    return model;
  }
}
