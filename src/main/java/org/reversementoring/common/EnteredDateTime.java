package org.reversementoring.common;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * A date and time a person entered in a form: with an offset (2027-03-01T09:00+01:00), or local
 * (2027-03-01T09:00, what a form's date-time field sends) and meant in the program's zone.
 */
public final class EnteredDateTime {

  private EnteredDateTime() {
  }

  /** The moment, or a refusal naming {@code field}. */
  public static ZonedDateTime parse(String field, String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      throw new RejectedInputException(field, "must not be empty");
    }
    try {
      return OffsetDateTime.parse(text.strip()).atZoneSameInstant(zone);
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text.strip()).atZone(zone);
      } catch (DateTimeParseException e) {
        throw new RejectedInputException(field, "must be a date and time like 2027-03-01T09:00");
      }
    }
  }
}
