package org.reversementoring.worklist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reversementoring.common.Language;
import org.reversementoring.common.PersonLanguages;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.common.TaskNames;
import org.reversementoring.notification.Addressee;
import org.reversementoring.notification.Colleague;
import org.reversementoring.notification.MailList;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.MailStep;
import org.reversementoring.notification.Notification;
import org.reversementoring.notification.NotificationRepository;
import org.reversementoring.notification.ProcessMails;
import org.reversementoring.notification.RecipientDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The coordinators' morning digest (process {@code coordinator-digest}, step recipient {@code
 * coordinators}): one mail a day to each member of the coordinators' group who has not switched
 * it off, from {@link WorklistProperties#digestAt()} in the program's zone, in their language,
 * listing what escalated, what became overdue and what waits, each with its task link; none when
 * all three are empty. Nobody outside the group gets it. Placeholders: {0} the day, {1} waiting,
 * {2} newly overdue, {3} escalated, {4} the program page (where it is switched off).
 */
@Service
public class MorningDigestMails implements ProcessMails {

  public static final String PROCESS_KEY = "coordinator-digest";
  public static final String TEMPLATE = "morning-digest";
  private static final String RECIPIENT = "coordinators";

  private final Worklist worklist;
  private final RecipientDirectory directory;
  private final DigestSubscriptions subscriptions;
  private final PersonLanguages languages;
  private final NotificationRepository notifications;
  private final DueDateRules rules;
  private final WorklistProperties settings;
  private final ProgramProperties program;
  private final MessageSource messages;
  private final TaskNames taskNames;
  private final Clock clock;

  public MorningDigestMails(Worklist worklist, RecipientDirectory directory, DigestSubscriptions subscriptions,
      PersonLanguages languages, NotificationRepository notifications, DueDateRules rules, WorklistProperties settings,
      ProgramProperties program, MessageSource messages, TaskNames taskNames, Clock clock) {
    this.worklist = worklist;
    this.directory = directory;
    this.subscriptions = subscriptions;
    this.languages = languages;
    this.notifications = notifications;
    this.rules = rules;
    this.settings = settings;
    this.program = program;
    this.messages = messages;
    this.taskNames = taskNames;
    this.clock = clock;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(PROCESS_KEY);
  }

  @Override
  public List<MailMessage> mails(MailStep step) {
    if (!RECIPIENT.equals(step.recipient())) {
      throw step.unknownRecipient();
    }
    ZonedDateTime now = ZonedDateTime.now(clock);
    if (now.toLocalTime().isBefore(settings.digestAt())) {
      return List.of();
    }
    Instant today = now.toLocalDate().atStartOfDay(now.getZone()).toInstant();
    List<OpenTask> tasks = null;
    List<MailMessage> mails = new ArrayList<>();
    for (Colleague coordinator : directory.coordinators()) {
      if (!subscriptions.receives(coordinator.userId())) {
        continue;
      }
      Instant last = notifications.findFirstByTemplateAndRecipientsAndStatusOrderByCreatedAtDesc(TEMPLATE,
          coordinator.email(), Notification.Status.SENT).map(Notification::getCreatedAt).orElse(null);
      if (last != null && !last.isBefore(today)) {
        continue;
      }
      tasks = tasks == null ? worklist.openTasks() : tasks;
      Instant since = last == null ? now.toInstant().minus(Duration.ofDays(1)) : last;
      MorningDigest digest = MorningDigest.of(coordinator.userId(), tasks, since, now.toInstant(), rules, now.getZone());
      if (!digest.isEmpty()) {
        mails.add(mail(step, coordinator, digest, now));
      }
    }
    return mails;
  }

  private MailMessage mail(MailStep step, Colleague coordinator, MorningDigest digest, ZonedDateTime now) {
    Language language = languages.of(coordinator.userId()).orElse(Language.EN);
    Locale locale = language.locale();
    DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
        .withZone(now.getZone());
    List<MailList> lists = new ArrayList<>();
    addList(lists, "escalated", digest.escalated(), language, dates);
    addList(lists, "overdue", digest.newlyOverdue(), language, dates);
    addList(lists, "waiting", digest.waiting(), language, dates);
    return step.mail().keyPart(coordinator.userId())
        .to(Addressee.staff(coordinator.email(), coordinator.firstName(), language))
        .args(dates.format(now), digest.waiting().size(), digest.newlyOverdue().size(), digest.escalated().size(),
            program.url("/me"))
        .lists(lists).build();
  }

  private void addList(List<MailList> lists, String kind, List<OpenTask> tasks, Language language,
      DateTimeFormatter dates) {
    if (tasks.isEmpty()) {
      return;
    }
    lists.add(new MailList(text(kind, language.locale(), tasks.size()), tasks.stream()
        .map(task -> new MailList.Item(entry(task, language, dates), program.taskUrl(task.id()))).toList()));
  }

  /** "RMA-2026-0003 · Lena Fischer · Aftersales · AI tools – Review application, due 12 Dec 2026". */
  private String entry(OpenTask task, Language language, DateTimeFormatter dates) {
    Locale locale = language.locale();
    String name = taskNames.in(language, task.taskKey(), task.name());
    String due = task.due() == null ? text("no-due", locale) : text("due", locale, dates.format(task.due()));
    String caseText = CaseLabels.join(task.caseNumber(), task.caseLabel());
    return caseText.isEmpty() ? text("entry-without-case", locale, name, due)
        : text("entry", locale, caseText, name, due);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(TEMPLATE + "." + key, args, locale);
  }
}
