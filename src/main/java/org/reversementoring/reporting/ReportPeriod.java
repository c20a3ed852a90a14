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
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException notADate) {
      throw new RejectedInputException(name, "must be a date like 2026-01-31");
    }
  }

  /** Whether the instant falls on one of the period's days in this zone. */
  boolean contains(Instant instant, ZoneId zone) {
    if (instant == null) {
      return false;
    }
    if (from != null && instant.isBefore(from.atStartOfDay(zone).toInstant())) {
      return false;
    }
    return to == null || instant.isBefore(to.plusDays(1).atStartOfDay(zone).toInstant());
  }
}
