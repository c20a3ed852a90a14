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

  /** Before any program's data: where a period without {@code from} begins. */
  static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
  /** After any program's data: where a period without {@code to} ends. */
  static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");

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

  /** The first instant of the period's first day in this zone (inclusive). */
  Instant start(ZoneId zone) {
    Instant start = from == null ? EARLIEST : from.atStartOfDay(zone).toInstant();
    return start.isBefore(EARLIEST) ? EARLIEST : start;
  }

  /** The first instant after the period's last day in this zone (exclusive). */
  Instant end(ZoneId zone) {
    Instant end = to == null ? LATEST : to.plusDays(1).atStartOfDay(zone).toInstant();
    return end.isAfter(LATEST) ? LATEST : end;
  }
}
