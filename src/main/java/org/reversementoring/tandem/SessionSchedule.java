package org.reversementoring.tandem;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.reversementoring.tandem.GoalsAndCadence.SkipPeriod;

/**
 * When the sessions of a tandem take place. The first comes one cadence after the kickoff, at the
 * kickoff's weekday and local time, and the next ones every {@code cadenceWeeks}. A cadence date
 * inside a skip period (vocational-school block, holiday) is left out: the session moves to the
 * first cadence date after the period, and the later ones follow from there. Pure domain, no
 * clock, no Camunda.
 */
public final class SessionSchedule {

  /** Safety net: more cadence dates than this without finding a free one is a planning error. */
  private static final int MAX_CANDIDATES = 500;

  private SessionSchedule() {
  }

  /**
   * {@code count} session starts after {@code anchor} (the kickoff, or the last session planned
   * when sessions are added), keeping the local time across daylight saving time.
   */
  public static List<ZonedDateTime> plan(ZonedDateTime anchor, int cadenceWeeks, int count, List<SkipPeriod> skip) {
    if (cadenceWeeks < 1) {
      throw new IllegalArgumentException("cadence must be at least one week: " + cadenceWeeks);
    }
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    List<ZonedDateTime> starts = new ArrayList<>(count);
    for (int k = 1; starts.size() < count; k++) {
      if (k > MAX_CANDIDATES) {
        throw new IllegalStateException("no free cadence date found after " + MAX_CANDIDATES + " tries");
      }
      ZonedDateTime candidate = anchor.plusWeeks((long) k * cadenceWeeks);
      if (!skipped(candidate.toLocalDate(), skip)) {
        starts.add(candidate);
      }
    }
    return List.copyOf(starts);
  }

  static boolean skipped(LocalDate day, List<SkipPeriod> skip) {
    return skip.stream().anyMatch(p -> !day.isBefore(p.from()) && !day.isAfter(p.to()));
  }

  /** The skip periods as the tandem record stores them: one {@code yyyy-mm-dd..yyyy-mm-dd} per line. */
  public static List<SkipPeriod> parse(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    List<SkipPeriod> periods = new ArrayList<>();
    for (String line : stored.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.strip().split("\\s*\\.\\.\\s*");
      if (parts.length != 2) {
        throw new IllegalArgumentException("not a skip period: " + line);
      }
      periods.add(new SkipPeriod(LocalDate.parse(parts[0]), LocalDate.parse(parts[1])));
    }
    return List.copyOf(periods);
  }
}
