package org.reversementoring.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.reversementoring.common.RejectedInputException;

/**
 * The report's period: {@code from} and {@code to} are ISO dates (yyyy-mm-dd), both inclusive,
 * whole days in the program's zone (Europe/Berlin unless configured); either may be left out.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

  static final ReportPeriod ALL = new ReportPeriod(null, null);

  /** The years a date may name: every program's data, and what both databases can store. */
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2999;

  /** Parses the query parameters; a bad one is refused naming it. */
  public static ReportPeriod parse(String from, String to) {
    ReportPeriod period = new ReportPeriod(date("from", from), date("to", to));
    if (period.from != null && period.to != null && period.to.isBefore(period.from)) {
      throw new RejectedInputException("to", "must not be before from");
    }
    return period;
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.trim());
    } catch (DateTimeParseException notADate) {
      throw new RejectedInputException(name, "must be a date like 2026-01-31");
    }
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      throw new RejectedInputException(name, "must be a date from " + FIRST_YEAR + " to " + LAST_YEAR);
    }
    return date;
  }

  /** The first instant of the period's first day in this zone (inclusive); null without {@code from}. */
  Instant start(ZoneId zone) {
    return from == null ? null : from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period's last day in this zone (exclusive); null without {@code to}. */
  Instant end(ZoneId zone) {
    return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
