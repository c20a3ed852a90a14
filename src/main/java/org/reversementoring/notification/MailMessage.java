package org.reversementoring.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reversementoring.common.Language;

/**
 * A mail to send. Its text comes from the message bundle under {@code template}: {@code
 * .subject}, paragraphs {@code .p1}..{@code .p4} and, when {@code actionUrl} is set, {@code
 * .action} as the button label. {@code args} fill the placeholders {0}, {1}, ...
 *
 * <p>A mail that carries a personal link ({@link #personalLinks()}) goes to its owner alone: it
 * is refused with more than one recipient. There is no Cc; whoever else should know gets a mail
 * of their own without those links.
 *
 * @param stepKey       identifies the process step that sends it; a step never sends twice
 * @param actionUrl     the button: a task link (opens Tasklist after login) when it is the link
 *                      of {@code taskId}, else a personal link (e.g. move a session)
 * @param activationUrl link to set the password of the recipient's account, shown above the
 *                      task link; null when the account has a password already
 * @param withdrawUrl   the footer link to withdraw an application or ask to end a tandem
 * @param attachments   files attached to the mail, e.g. a calendar invitation; empty for most
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
    List<MailAttachment> attachments) {

  public MailMessage {
    to = List.copyOf(to);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    if (to.size() != 1 && !personalLinks(actionUrl, activationUrl, withdrawUrl, taskId).isEmpty()) {
      throw new IllegalArgumentException("Mail " + template + " carries a personal link, so it goes to "
          + "its owner alone, not to " + to.size() + " recipients; send the others a mail of their own");
    }
  }

  /** This mail with the given files attached instead of its current ones. */
  public MailMessage withAttachments(List<MailAttachment> newAttachments) {
    return new MailMessage(stepKey, template, to, greetingName, language, args, quote, actionUrl,
        activationUrl, withdrawUrl, processInstanceId, taskId, newAttachments);
  }

  /** This mail with the given files attached instead of its current ones. */
  public MailMessage withAttachments(MailAttachment... newAttachments) {
    return withAttachments(List.of(newAttachments));
  }

  /**
   * The links that act for the recipient without a login: whoever holds one can set the
   * account's password, withdraw the application, move a session or ask to end the tandem.
   */
  public List<String> personalLinks() {
    return personalLinks(actionUrl, activationUrl, withdrawUrl, taskId);
  }

  private static List<String> personalLinks(String actionUrl, String activationUrl, String withdrawUrl,
      String taskId) {
    List<String> links = new ArrayList<>();
    if (actionUrl != null && !isTaskLink(actionUrl, taskId)) {
      links.add(actionUrl);
    }
    if (activationUrl != null) {
      links.add(activationUrl);
    }
    if (withdrawUrl != null) {
      links.add(withdrawUrl);
    }
    return links;
  }

  /** The shape of {@code ProgramProperties.taskUrl(taskId)}; anything else is taken as personal. */
  private static boolean isTaskLink(String url, String taskId) {
    return taskId != null && url.endsWith("/camunda/app/tasklist/default/#/?task=" + taskId);
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
