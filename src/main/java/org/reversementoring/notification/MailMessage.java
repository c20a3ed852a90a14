package org.reversementoring.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.reversementoring.common.Language;

/**
 * A mail to send. Its text comes from the message bundle under {@code template}: {@code
 * .subject}, paragraphs {@code .p1}..{@code .p4} and, when {@code actionUrl} is set, {@code
 * .action} as the button label; below its {@code lists}, if any, {@code .after-lists}. {@code args}
 * fill the placeholders {0}, {1}, ...
 *
 * <p>A mail that carries a personal link ({@link #personalLinks()}) goes to its owner alone: it
 * is refused with more than one recipient. There is no Cc; whoever else should know gets a mail
 * of their own without those links.
 *
 * <p>Made with {@link #builder}, or by {@code MailStep.mail()} for a mail of a process step.
 *
 * @param stepKey       identifies the process step that sends it; a step never sends twice
 * @param actionUrl     the button: a task link (opens Tasklist after login) when it is the link
 *                      of {@code taskId}, else a personal link (e.g. move a session)
 * @param activationUrl link to set the password of the recipient's account, shown above the
 *                      task link; null when the account has a password already
 * @param withdrawUrl   the footer link to withdraw an application or ask to end a tandem
 * @param attachments   files attached to the mail, e.g. a calendar invitation; empty for most
 * @param toParticipant whether it goes to one participant, whose mail links to their program page
 * @param lists         lists below the paragraphs, each entry with its link; empty for most
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
    boolean toParticipant,
    List<MailList> lists) {

  public MailMessage {
    to = List.copyOf(to);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    lists = lists == null ? List.of() : List.copyOf(lists);
    if (to.size() != 1 && !personalLinks(actionUrl, activationUrl, withdrawUrl, taskId).isEmpty()) {
      throw new IllegalArgumentException("Mail " + template + " carries a personal link, so it goes to "
          + "its owner alone, not to " + to.size() + " recipients; send the others a mail of their own");
    }
  }

  /** A mail without lists. */
  public MailMessage(String stepKey, String template, List<String> to, String greetingName, Language language,
      List<Object> args, String quote, String actionUrl, String activationUrl, String withdrawUrl,
      String processInstanceId, String taskId, List<MailAttachment> attachments, boolean toParticipant) {
    this(stepKey, template, to, greetingName, language, args, quote, actionUrl, activationUrl, withdrawUrl,
        processInstanceId, taskId, attachments, toParticipant, List.of());
  }

  /** A mail to one address is a participant's. */
  public MailMessage(String stepKey, String template, List<String> to, String greetingName, Language language,
      List<Object> args, String quote, String actionUrl, String activationUrl, String withdrawUrl,
      String processInstanceId, String taskId, List<MailAttachment> attachments) {
    this(stepKey, template, to, greetingName, language, args, quote, actionUrl, activationUrl, withdrawUrl,
        processInstanceId, taskId, attachments, to.size() == 1);
  }

  /** A mail of this step with this template; see {@link Builder}. */
  public static Builder builder(String stepKey, String template) {
    return new Builder(stepKey, template);
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
    model.put("lists", lists);
    return model;
  }

  /** Collects a mail's parts by name; whatever is not set stays empty. */
  public static final class Builder {

    private String stepKey;
    private final String template;
    private Addressee addressee;
    private List<Object> args = List.of();
    private String quote;
    private String actionUrl;
    private String withdrawUrl;
    private String processInstanceId;
    private String taskId;
    private List<MailAttachment> attachments = List.of();
    private List<MailList> lists = List.of();

    private Builder(String stepKey, String template) {
      this.stepKey = stepKey;
      this.template = template;
    }

    /** Recipients, greeting, language and, if the addressee has one, the activation link. */
    public Builder to(Addressee addressee) {
      this.addressee = addressee;
      return this;
    }

    /** The values of the template's placeholders {0}, {1}, ... */
    public Builder args(Object... args) {
      this.args = List.of(args);
      return this;
    }

    public Builder args(List<?> args) {
      this.args = List.copyOf(args);
      return this;
    }

    /** A text quoted in the mail, e.g. the coordinator's reason for a decision. */
    public Builder quote(String quote) {
      this.quote = quote;
      return this;
    }

    /** The button opens this task in Tasklist (after login). */
    public Builder taskLink(String taskId, String taskUrl) {
      this.taskId = taskId;
      this.actionUrl = taskUrl;
      return this;
    }

    /** The button is a personal link that acts without a login, e.g. move a session. */
    public Builder personalAction(String url) {
      this.actionUrl = url;
      return this;
    }

    public Builder withdrawUrl(String url) {
      this.withdrawUrl = url;
      return this;
    }

    public Builder processInstance(String processInstanceId) {
      this.processInstanceId = processInstanceId;
      return this;
    }

    /** Tells apart the mails of one step, e.g. {@code mentor} and {@code mentee}: the step key gets "/part". */
    public Builder keyPart(Object part) {
      this.stepKey = stepKey + "/" + part;
      return this;
    }

    public Builder attach(MailAttachment... files) {
      return attachments(List.of(files));
    }

    public Builder attachments(List<MailAttachment> files) {
      this.attachments = files;
      return this;
    }

    /** Lists below the paragraphs, e.g. the tasks of a digest. */
    public Builder lists(List<MailList> lists) {
      this.lists = lists;
      return this;
    }

    /**
     * This mail once per group of readers of one language (e.g. {@link Addressees#coordinators()}),
     * with the placeholders' values in that language. The English mail keeps the step's key (such
     * group mails were all English before, so a retried step finds those already sent); another
     * language's key ends in "/&lt;language&gt;".
     */
    public List<MailMessage> toEach(List<Addressee> groups, Function<Language, List<?>> words) {
      String key = stepKey;
      return groups.stream().map(group -> {
        stepKey = key;
        return toGroup(group).args(words.apply(group.language())).build();
      }).toList();
    }

    /** To one group of readers of one language, keyed as {@link #toEach} says. */
    public Builder toGroup(Addressee group) {
      return (group.language() == Language.EN ? this : keyPart(group.language().code())).to(group);
    }

    /** This mail once per group of readers of one language, its placeholders' values the same for all. */
    public List<MailMessage> toEach(List<Addressee> groups) {
      List<Object> same = args;
      return toEach(groups, language -> same);
    }

    public MailMessage build() {
      if (addressee == null) {
        throw new IllegalStateException("Mail " + template + " has no addressee");
      }
      return new MailMessage(stepKey, template, addressee.to(), addressee.greetingName(), addressee.language(),
          args, quote, actionUrl, addressee.activationUrl(), withdrawUrl, processInstanceId, taskId, attachments,
          addressee.participant(), lists);
    }
  }
}
