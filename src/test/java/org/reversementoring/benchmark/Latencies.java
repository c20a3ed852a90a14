package org.reversementoring.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The answer times of one scenario: percentiles over every request of every client. */
record Latencies(String scenario, int clients, double seconds, long count, double p50Ms, double p95Ms,
    double p99Ms, double maxMs, Map<String, Long> errors, double ranOutAfterSeconds) {

  static Latencies of(String scenario, int clients, double seconds, List<long[]> timesPerClient,
      Map<String, Long> errors, double ranOutAfterSeconds) {
    long[] all = timesPerClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Latencies(scenario, clients, seconds, all.length, percentile(all, 50), percentile(all, 95),
        percentile(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, errors, ranOutAfterSeconds);
  }

  /** Nearest rank, in milliseconds. */
  private static double percentile(long[] sorted, int percent) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1] / 1e6;
  }

  long errorCount() {
    return errors.values().stream().mapToLong(Long::longValue).sum();
  }

  static String header() {
    return String.format(Locale.ROOT, "%-44s %7s %7s %8s %7s %8s %8s %8s %8s %7s  %s", "scenario", "clients",
        "seconds", "requests", "per s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "target");
  }

  /** One line of the table; {@code p95TargetMs} 0 when the scenario has no target. */
  String row(double p95TargetMs) {
    String target = p95TargetMs <= 0 ? "" : String.format(Locale.ROOT, "p95 <= %.0f ms, no error: %s",
        p95TargetMs, p95Ms <= p95TargetMs && errorCount() == 0 && count > 0 ? "met" : "MISSED");
    String notes = (errors.isEmpty() ? "" : "  errors " + errors.entrySet().stream()
        .map(error -> error.getKey() + " x" + error.getValue()).collect(Collectors.joining(", ")))
        + (ranOutAfterSeconds < 0 ? "" : String.format(Locale.ROOT, "  (tasks ran out after %.1f s)", ranOutAfterSeconds));
    return String.format(Locale.ROOT, "%-44s %7d %7.1f %8d %7.1f %8.1f %8.1f %8.1f %8.1f %7d  %s%s", scenario, clients,
        seconds, count, count / seconds, p50Ms, p95Ms, p99Ms, maxMs, errorCount(), target, notes);
  }
}
