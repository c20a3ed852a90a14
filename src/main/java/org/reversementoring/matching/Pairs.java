package org.reversementoring.matching;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Sets of pairs as process variables hold them: {@code mentorId:menteeId}, comma-separated. */
public final class Pairs {

  private Pairs() {
  }

  public static String format(Set<Pair> pairs) {
    return pairs.stream()
        .sorted(Comparator.comparingLong(Pair::mentorId).thenComparingLong(Pair::menteeId))
        .map(pair -> pair.mentorId() + ":" + pair.menteeId())
        .collect(Collectors.joining(","));
  }

  public static Set<Pair> parse(String text) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(text.split(","))
        .map(entry -> entry.strip().split(":"))
        .map(ids -> new Pair(Long.parseLong(ids[0]), Long.parseLong(ids[1])))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
