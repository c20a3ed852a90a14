package org.reversementoring.matching;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.reversementoring.common.Language;
import org.reversementoring.content.TopicNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The matching's reasons and proposal summary in one language, from
 * {@code messages/matching[_de].properties}: each {@link Reason}'s arguments put in words (topics,
 * languages, weekly slots, hard rules by their names in that language; topics as the catalogue names them), a stored sentence as it
 * was stored.
 */
@Component
public class MatchingWords {

  private final MessageSource messages;
  private final TopicNames topics;

  public MatchingWords(MessageSource messages, TopicNames topics) {
    this.messages = messages;
    this.topics = topics;
  }

  public In in(Language language) {
    return new In(language);
  }

  /** The words of one language. */
  public final class In {

    private final Language language;
    private final Locale locale;

    private In(Language language) {
      this.language = language;
      this.locale = language.locale();
    }

    public String reason(Reason reason) {
      if (reason.key() == null) {
        return String.join(" ", reason.args());
      }
      return reason.why()
          .map(why -> text("reason." + why.name(), arguments(why, reason.args())))
          .orElseGet(() -> reason.key() + " " + String.join(", ", reason.args()));
    }

    /** Several reasons in one line, "; " between them. */
    public String reasons(List<Reason> reasons) {
      return reasons.stream().map(this::reason).collect(Collectors.joining("; "));
    }

    String text(String key, Object... args) {
      return messages.getMessage(key, args, locale);
    }

    private Object[] arguments(Why why, List<String> values) {
      Object[] words = new Object[why.args().size()];
      for (int i = 0; i < words.length; i++) {
        String value = i < values.size() ? values.get(i) : "";
        words[i] = switch (why.args().get(i)) {
          case NUMBER -> number(value);
          case TEXT -> value;
          case TOPIC -> topics.name(value, language);
          case LANGUAGE -> messages.getMessage("language." + Text.key(value), null, value, locale);
          case SLOTS -> and(split(value).stream().map(this::slot).toList());
          case RULES -> split(value).stream()
              .map(rule -> messages.getMessage("rule." + rule, null, rule, locale))
              .collect(Collectors.joining(", "));
        };
      }
      return words;
    }

    private String slot(String code) {
      String[] parts = code.split("-", 2);
      String day = messages.getMessage("day." + parts[0], null, null, locale);
      String period = parts.length == 2 ? messages.getMessage("period." + parts[1], null, null, locale) : null;
      return day == null || period == null ? code : text("slot", day, period);
    }

    /** "a", "a and b", "a, b and c". */
    private String and(List<String> names) {
      if (names.size() < 2) {
        return String.join("", names);
      }
      return text("list.and", String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
    }
  }

  private static Object number(String value) {
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException notANumber) {
      return value;
    }
  }

  private static List<String> split(String values) {
    return values.isEmpty() ? List.of() : List.of(values.split(","));
  }
}
