package org.reversementoring.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reversementoring.reporting.ProgramReport.Average;
import org.reversementoring.reporting.ProgramReport.Days;

/** The pure arithmetic of the report: medians, means, days between instants, means per key. */
final class ReportMath {

  private static final double SECONDS_PER_DAY = 86_400.0;

  private ReportMath() {
  }

  /** The median (mean of the two middle values for an even count); null for no values. */
  static Double median(Collection<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  /** The arithmetic mean; null for no values. */
  static Double mean(Collection<? extends Number> values) {
    if (values.isEmpty()) {
      return null;
    }
    double sum = 0;
    for (Number value : values) {
      sum += value.doubleValue();
    }
    return sum / values.size();
  }

  /** Days from {@code start} to {@code end}, fractional (36 hours = 1.5). */
  static double daysBetween(Instant start, Instant end) {
    return Duration.between(start, end).toSeconds() / SECONDS_PER_DAY;
  }

  static Days days(List<Double> values) {
    return new Days(values.size(), median(values), mean(values));
  }

  /** Per key (sorted by key) the count and mean of its ratings; keys without any left out. */
  static List<Average> averages(Map<String, Tally> tallies) {
    List<Average> averages = new ArrayList<>();
    new TreeMap<>(tallies).forEach((key, tally) -> {
      if (tally.count() > 0) {
        averages.add(new Average(key, tally.count(), (double) tally.sum() / tally.count()));
      }
    });
    return averages;
  }

  /** How many ratings and their sum. */
  record Tally(long count, long sum) {

    Tally plus(Tally other) {
      return new Tally(count + other.count, sum + other.sum);
    }
  }
}
