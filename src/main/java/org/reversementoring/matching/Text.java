package org.reversementoring.matching;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Small normalisation helpers shared by the matching records (package-private). */
final class Text {

  private Text() {}

  static String trimmed(String value) {
    return value == null ? "" : value.trim();
  }

  /** Case- and whitespace-insensitive key used for comparing departments, places, e-mails. */
  static String key(String value) {
    return trimmed(value).toLowerCase(Locale.ROOT);
  }

  static List<String> list(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().filter(Objects::nonNull).map(String::trim).distinct().toList();
  }

  static Set<String> slots(Collection<String> values) {
    Set<String> result = new LinkedHashSet<>();
    if (values != null) {
      values.stream()
          .filter(Objects::nonNull)
          .map(v -> v.trim().toUpperCase(Locale.ROOT))
          .forEach(result::add);
    }
    return Set.copyOf(result);
  }

  static Set<String> emails(Collection<String> values) {
    Set<String> result = new LinkedHashSet<>();
    if (values != null) {
      values.stream().filter(Objects::nonNull).map(Text::key).filter(v -> !v.isEmpty())
          .forEach(result::add);
    }
    return Set.copyOf(result);
  }
}
