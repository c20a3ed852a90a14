package org.reversementoring.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The topic codes a person may choose now: the catalogue's topics that are not retired. A
 * retired topic stays readable in old records but is no longer chosen.
 *
 * @param codes   the offered codes, in the catalogue's order
 * @param retired the retired codes
 */
public record OfferedTopics(List<String> codes, Set<String> retired) {

  /** A refusal quotes at most this much of a code nobody knows. */
  private static final int MAX_SHOWN = 40;

  public OfferedTopics {
    codes = List.copyOf(codes);
    retired = Set.copyOf(retired);
  }

  /** Why these codes cannot be chosen (the first one that cannot), or empty when all can. */
  public Optional<String> refusal(List<String> chosen) {
    for (String code : chosen) {
      if (code == null || !codes.contains(code)) {
        String known = "; known topics: " + String.join(", ", codes);
        return Optional.of(code != null && retired.contains(code) ? "topic '" + code + "' is retired" + known
            : "unknown topic '" + shorten(code) + "'" + known);
      }
    }
    return Optional.empty();
  }

  private static String shorten(String code) {
    return code != null && code.length() > MAX_SHOWN ? code.substring(0, MAX_SHOWN) + "…" : code;
  }
}
