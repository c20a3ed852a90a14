package org.reversementoring.calendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;
import org.springframework.stereotype.Component;

/**
 * Writes iCalendar (RFC 5545) invitations in the iTIP (RFC 5546) methods REQUEST and CANCEL,
 * built with ical4j, as the bytes of an {@code .ics} file to attach to a mail.
 *
 * <p>Times are written in UTC ({@code DTSTART:20260302T080000Z}), so the file needs no VTIMEZONE
 * and every calendar shows the appointment in its user's own zone. Each appointment is a single
 * VEVENT; should recurring events (RRULE) ever be needed, switch to TZID=Europe/Berlin with the
 * VTIMEZONE ical4j ships, or a weekly 9:00 would move by an hour across daylight saving time.
 *
 * <p>The file is UTF-8 with CRLF line ends. Lines longer than 75 octets are folded by octets,
 * never inside a character: ical4j's own folding counts characters, which lets lines full of
 * umlauts exceed the limit.
 */
@Component
public class CalendarFiles {

  public static final String PRODUCT_ID = "-//Reverse Mentoring//Invitations 1.0//EN";

  private static final int MAX_LINE_OCTETS = 75;
  private static final String CRLF = "\r\n";

  private final Clock clock;

  public CalendarFiles(Clock clock) {
    this.clock = clock;
  }

  /**
   * METHOD:REQUEST with one VEVENT per event, STATUS:CONFIRMED and each event's SEQUENCE as
   * given: the first invitation, or an update of one sent before under the same UID (then with a
   * higher sequence).
   */
  public byte[] request(List<CalendarEvent> events) {
    return write(ImmutableMethod.REQUEST, ImmutableStatus.VEVENT_CONFIRMED, events, 0);
  }

  /**
   * METHOD:CANCEL with STATUS:CANCELLED for the events as they were last sent: same UIDs, each
   * SEQUENCE raised by one. A caller that keeps the sequence stores {@code sequence + 1}
   * afterwards.
   */
  public byte[] cancel(List<CalendarEvent> events) {
    return write(ImmutableMethod.CANCEL, ImmutableStatus.VEVENT_CANCELLED, events, 1);
  }

  private byte[] write(Method method, Status status, List<CalendarEvent> events, int sequenceIncrement) {
    if (events == null || events.isEmpty()) {
      throw new IllegalArgumentException("an invitation needs at least one event");
    }
    if (events.stream().map(CalendarEvent::uid).distinct().count() != events.size()) {
      throw new IllegalArgumentException("two events share a UID");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Calendar calendar = new Calendar()
        .add(new ProdId(PRODUCT_ID))
        .add(ImmutableVersion.VERSION_2_0)
        .add(ImmutableCalScale.GREGORIAN)
        .add(method);
    for (CalendarEvent event : events) {
      calendar.add(vevent(event, status, event.sequence() + sequenceIncrement, now));
    }
    try {
      ValidationResult result = calendar.validate();
      if (result.hasErrors()) {
        throw new IllegalStateException("Invalid calendar " + method.getValue() + ": " + result);
      }
    } catch (ValidationException e) {
      throw new IllegalStateException("Invalid calendar " + method.getValue(), e);
    }
    return fold(calendar.toString()).getBytes(StandardCharsets.UTF_8);
  }

  private static VEvent vevent(CalendarEvent event, Status status, int sequence, Instant now) {
    VEvent vevent = new VEvent(false)
        .add(new Uid(event.uid()))
        .add(new Sequence(sequence))
        .add(new DtStamp(now))
        .add(new DtStart<>(event.start().toInstant().truncatedTo(ChronoUnit.SECONDS)))
        .add(new DtEnd<>(event.end().toInstant().truncatedTo(ChronoUnit.SECONDS)))
        .add(new Summary(event.summary()))
        .add(status)
        .add(organizer(event.organizer()));
    if (event.description() != null && !event.description().isBlank()) {
      vevent.add(new Description(event.description()));
    }
    String location = event.location() != null && !event.location().isBlank() ? event.location()
        : event.onlineUrl() != null ? event.onlineUrl().toString() : null;
    if (location != null) {
      vevent.add(new Location(location));
    }
    if (event.onlineUrl() != null) {
      vevent.add(new Url(event.onlineUrl()));
    }
    for (String address : event.attendees()) {
      vevent.add(new Attendee(mailto(address))
          .add(CuType.INDIVIDUAL)
          .add(Role.REQ_PARTICIPANT)
          .add(PartStat.NEEDS_ACTION)
          .add(Rsvp.FALSE));
    }
    return vevent;
  }

  private static Organizer organizer(CalendarEvent.Organizer organizer) {
    Organizer property = new Organizer(mailto(organizer.email()));
    if (organizer.name() != null && !organizer.name().isBlank()) {
      property.add(new Cn(organizer.name()));
    }
    return property;
  }

  private static URI mailto(String address) {
    return URI.create("mailto:" + address.trim());
  }

  /** RFC 5545 3.1: content lines of at most 75 octets, continued with CRLF and one space. */
  static String fold(String unfolded) {
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
    for (String line : unfolded.split(CRLF)) {
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        int codePoint = line.codePointAt(i);
        int size = utf8Length(codePoint);
        if (octets + size > MAX_LINE_OCTETS) {
          out.append(CRLF).append(' ');
          octets = 1;
        }
        out.appendCodePoint(codePoint);
        octets += size;
        i += Character.charCount(codePoint);
      }
      out.append(CRLF);
    }
    return out.toString();
  }

  private static int utf8Length(int codePoint) {
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
}
