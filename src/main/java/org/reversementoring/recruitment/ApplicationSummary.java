package org.reversementoring.recruitment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reversementoring.common.Language;
import org.reversementoring.content.TopicNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The few lines a supervisor or coordinator reads before deciding, in the reader's language
 * (words {@code application-summary.*} in messages/documents, topic names from the catalogue), from
 * the application as it is.
 */
@Component
public class ApplicationSummary {

  private final MentorApplicationRepository applications;
  private final MessageSource messages;
  private final TopicNames names;

  ApplicationSummary(MentorApplicationRepository applications, MessageSource messages, TopicNames names) {
    this.applications = applications;
    this.messages = messages;
    this.names = names;
  }

  /** Empty for an application that is not (or no longer) on record. */
  @Transactional(readOnly = true)
  public Optional<String> of(long applicationId, Language language) {
    return applications.findById(applicationId).map(application -> text(application, language));
  }

  private String text(MentorApplication application, Language language) {
    Locale locale = language.locale();
    Mentor mentor = application.getMentor();
    String topics = application.getTopicCodes().stream()
        .map(code -> names.name(code, language)).collect(Collectors.joining(", "));
    return String.join("\n",
        words("application-summary.who", locale, application.getNumber(), mentor.getFullName(), mentor.getEmail()),
        words("application-summary.apprenticeship", locale, mentor.getOccupation(),
            String.valueOf(application.getTrainingYear()), mentor.getDepartment(), mentor.getLocation()),
        words("application-summary.topics", locale, topics),
        words("application-summary.language", locale,
            words("summary.language." + mentor.getLanguage().code(), locale), mentor.getSupervisorEmail()),
        words("application-summary.motivation", locale),
        Objects.requireNonNullElse(application.getMotivation(), ""));
  }

  private String words(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
