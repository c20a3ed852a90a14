package org.reversementoring.enrollment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.reversementoring.common.Language;
import org.reversementoring.content.TopicNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The few lines a coordinator reads before confirming an enrollment, in the reader's language
 * (words {@code enrollment-summary.*} in messages/documents, topic names from the catalogue), from
 * the enrollment as it is.
 */
@Component
public class MenteeSummary {

  private final MenteeRepository mentees;
  private final MessageSource messages;
  private final TopicNames names;

  MenteeSummary(MenteeRepository mentees, MessageSource messages, TopicNames names) {
    this.mentees = mentees;
    this.messages = messages;
    this.names = names;
  }

  /** Empty for an enrollment that is not (or no longer) on record. */
  @Transactional(readOnly = true)
  public Optional<String> of(long menteeId, Language language) {
    return mentees.findById(menteeId).map(mentee -> text(mentee, language));
  }

  private String text(Mentee mentee, Language language) {
    Locale locale = language.locale();
    List<String> topics = mentee.getTopicCodes();
    String ranked = IntStream.range(0, topics.size())
        .mapToObj(i -> (i + 1) + ". " + names.name(topics.get(i), language))
        .collect(Collectors.joining(", "));
    String level = messages.getMessage("enrollment-summary.level." + mentee.getManagementLevel(), null,
        mentee.getManagementLevel(), locale);
    return String.join("\n",
        words("enrollment-summary.who", locale, mentee.getNumber(), mentee.getFullName(), mentee.getEmail()),
        words("enrollment-summary.position", locale, level, mentee.getDepartment(), mentee.getLocation(),
            String.valueOf(mentee.getBirthYear())),
        words("enrollment-summary.topics", locale, ranked),
        words("enrollment-summary.language", locale, words("summary.language." + mentee.getLanguageValue().code(), locale),
            String.join(", ", mentee.getAvailability())),
        words("enrollment-summary.exclusions", locale, mentee.getExclusions().size()));
  }

  private String words(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
