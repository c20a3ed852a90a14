package org.reversementoring.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A step of a process that sends mail, as the model names it: a task that was created (task
 * mail) or a send task reached (process mail). The capability's {@link ProcessMails} turns it
 * into the mails to send.
 *
 * @param processKey        key of the process definition, e.g. {@code mentor-recruitment}
 * @param template          the mail's template, from the model's field {@code template}
 * @param recipient         who the mail goes to, as the model's field {@code recipient} names it
 *                          (e.g. {@code applicant}); null when the model names none
 * @param key               identifies the step, so a retried step does not send twice
 * @param taskId            the task the mail is about: the created task, or the open task a
 *                          reminder points to; null when there is none
 * @param taskUrl           the link that opens {@code taskId} in Tasklist; null without a task
 * @param variables         the case's variables as the step sees them (a task's own included)
 */
public record MailStep(
    String processKey,
    String template,
    String recipient,
    String key,
    String processInstanceId,
    String taskId,
    String taskUrl,
    Map<String, Object> variables) {

  public MailStep {
    variables = Map.copyOf(withoutNullValues(variables));
  }

  /** A mail with the step's template, key, process instance and, if there is one, task link. */
  public MailMessage.Builder mail() {
    return mail(template);
  }

  /** Like {@link #mail()} with another template, e.g. a variant of the step's. */
  public MailMessage.Builder mail(String otherTemplate) {
    MailMessage.Builder mail = MailMessage.builder(key, otherTemplate).processInstance(processInstanceId);
    return taskId == null ? mail : mail.taskLink(taskId, taskUrl);
  }

  /** For the capability's {@code switch} over {@link #recipient()}: the model names someone unknown. */
  public IllegalArgumentException unknownRecipient() {
    return new IllegalArgumentException("Step " + key + " of " + processKey + " names an unknown recipient '"
        + recipient + "' for mail " + template);
  }

  private static Map<String, Object> withoutNullValues(Map<String, Object> variables) {
    Map<String, Object> present = new HashMap<>(variables);
    present.values().removeIf(Objects::isNull);
    return present;
  }
}
