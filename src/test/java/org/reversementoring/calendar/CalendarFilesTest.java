package org.reversementoring.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import org.junit.jupiter.api.Test;

class CalendarFilesTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant NOW = Instant.parse("2026-01-15T10:30:00Z");
  private static final String TRICKY = "Zoë, Łukasiewicz; Müller";
  private static final CalendarEvent.Organizer OFFICE =
      new CalendarEvent.Organizer("mentoring@example.com", "Program Office; Akademie, München");

  private final CalendarFiles files = new CalendarFiles(Clock.fixed(NOW, ZoneOffset.UTC));

  // winter time (UTC+1) and summer time (UTC+2), so a wrong offset would show
  private final CalendarEvent basics = event("mentoring-basics", 0, "Mentoring basics: " + TRICKY,
      ZonedDateTime.of(LocalDateTime.of(2026, 3, 2, 9, 0), BERLIN), null,
      URI.create("https://meet.example.com/academy?room=1&lang=de"));
  private final CalendarEvent feedback = event("communication-feedback", 2, "Communication and feedback",
      ZonedDateTime.of(LocalDateTime.of(2026, 4, 13, 13, 30), BERLIN), "Raum 3.14, Gebäude B; Eingang Süd",
      null);

  @Test
  void requestHasOneConfirmedEventPerModuleWithStableUidsSequencesAndUtcTimes() throws Exception {
    Calendar calendar = parse(files.request(List.of(basics, feedback)));

    assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
    assertThat(value(calendar, Property.PRODID)).isEqualTo(CalendarFiles.PRODUCT_ID);
    assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(2);

    VEvent first = events.get(0);
    assertThat(value(first, Property.UID)).isEqualTo("academy-17-mentoring-basics@reverse-mentoring");
    assertThat(value(first, Property.SEQUENCE)).isEqualTo("0");
    assertThat(value(first, Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(value(first, Property.SUMMARY)).isEqualTo("Mentoring basics: " + TRICKY);
    assertThat(value(first, Property.DESCRIPTION)).isEqualTo("Bring your laptop, please; the trainer is Tina Kramer.");
    assertThat(instant(first, Property.DTSTART)).isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));
    assertThat(instant(first, Property.DTEND)).isEqualTo(Instant.parse("2026-03-02T11:00:00Z"));
    assertThat(instant(first, Property.DTSTAMP)).isEqualTo(NOW);
    assertThat(value(first, Property.URL)).isEqualTo("https://meet.example.com/academy?room=1&lang=de");
    assertThat(value(first, Property.LOCATION)).as("online only: the link is the location")
        .isEqualTo("https://meet.example.com/academy?room=1&lang=de");
    assertThat(value(first, Property.ORGANIZER)).isEqualTo("mailto:mentoring@example.com");
    assertThat(first.getRequiredProperty(Property.ORGANIZER).getRequiredParameter("CN").getValue())
        .isEqualTo("Program Office; Akademie, München");
    List<Attendee> attendees = first.getProperties(Property.ATTENDEE);
    assertThat(attendees).extracting(Attendee::getValue)
        .containsExactly("mailto:zoe.lukasiewicz-mueller@example.com", "mailto:sven.vogel@example.com");

    VEvent second = events.get(1);
    assertThat(value(second, Property.UID)).isEqualTo("academy-17-communication-feedback@reverse-mentoring");
    assertThat(value(second, Property.SEQUENCE)).isEqualTo("2");
    assertThat(value(second, Property.LOCATION)).isEqualTo("Raum 3.14, Gebäude B; Eingang Süd");
    assertThat(second.getProperty(Property.URL)).isEmpty();
    assertThat(instant(second, Property.DTSTART)).isEqualTo(Instant.parse("2026-04-13T11:30:00Z"));
    assertThat(instant(second, Property.DTEND)).isEqualTo(Instant.parse("2026-04-13T14:30:00Z"));
  }

  @Test
  void cancelNamesTheSameUidWithAHigherSequence() throws Exception {
    Calendar calendar = parse(files.cancel(List.of(basics)));

    assertThat(value(calendar, Property.METHOD)).isEqualTo("CANCEL");
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    VEvent cancelled = events.get(0);
    assertThat(value(cancelled, Property.UID)).isEqualTo(basics.uid());
    assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
    assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE))).isGreaterThan(basics.sequence()).isEqualTo(1);
    assertThat(instant(cancelled, Property.DTSTART)).isEqualTo(basics.start().toInstant());
    assertThat(cancelled.getProperties(Property.ATTENDEE)).hasSize(2);
  }

  @Test
  void freeTextIsEscapedOnTheWireAndTheFileIsUtf8WithCrlfLinesOfAtMost75Octets() throws Exception {
    String longText = "Übung für Führungskräfte, Teil 2; danach Austausch über KI-Werkzeuge, soziale Medien"
        + " und mobile Geräte – mit Zoë, Łukasiewicz; Müller 😀 und vielen weiteren Umlauten äöüß ÄÖÜ".repeat(3);
    CalendarEvent event = new CalendarEvent(CalendarEvent.uidOf("session", 5, 1), 0, TRICKY, longText, null, null,
        ZonedDateTime.of(LocalDateTime.of(2026, 5, 4, 16, 0), BERLIN),
        ZonedDateTime.of(LocalDateTime.of(2026, 5, 4, 17, 0), BERLIN), OFFICE,
        List.of("marc.weber@example.com"));

    byte[] ics = files.request(List.of(event));
    String raw = new String(ics, StandardCharsets.UTF_8);

    assertThat(raw).contains("SUMMARY:Zoë\\, Łukasiewicz\\; Müller\r\n");
    assertThat(raw).contains("CN=\"Program Office; Akademie, München\"");
    assertThat(raw).contains("DTSTART:20260504T140000Z\r\n");
    assertThat(raw).doesNotContain("VTIMEZONE");
    assertThat(raw.replace("\r\n", "")).as("no bare LF or CR").doesNotContain("\n").doesNotContain("\r");
    assertThat(raw).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    for (String line : raw.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }

    VEvent parsed = parse(ics).<VEvent>getComponents("VEVENT").get(0);
    assertThat(value(parsed, Property.SUMMARY)).isEqualTo(TRICKY);
    assertThat(value(parsed, Property.DESCRIPTION)).isEqualTo(longText);
    assertThat(value(parsed, Property.UID)).isEqualTo("session-5-1@reverse-mentoring");
  }

  @Test
  void theSameEventsGiveTheSameBytes() {
    assertThat(files.request(List.of(basics, feedback))).isEqualTo(files.request(List.of(basics, feedback)));
  }

  @Test
  void rejectsWhatNoCalendarCouldShow() {
    ZonedDateTime start = ZonedDateTime.of(LocalDateTime.of(2026, 3, 2, 9, 0), BERLIN);
    assertThatThrownBy(() -> new CalendarEvent("x@reverse-mentoring", 0, "s", null, null, null, start, start,
        OFFICE, List.of("a@example.com"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CalendarEvent("x@reverse-mentoring", 0, "s", null, null, null, start,
        start.plusHours(1), OFFICE, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> files.request(List.of(basics, basics))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> files.request(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  private static CalendarEvent event(String module, int sequence, String summary, ZonedDateTime start,
      String location, URI onlineUrl) {
    return new CalendarEvent(CalendarEvent.uidOf("academy", 17, module), sequence, summary,
        "Bring your laptop, please; the trainer is Tina Kramer.", location, onlineUrl, start, start.plusHours(3),
        OFFICE, List.of("zoe.lukasiewicz-mueller@example.com", "sven.vogel@example.com"));
  }

  static Calendar parse(byte[] ics) throws Exception {
    return new CalendarBuilder().build(new InputStreamReader(new ByteArrayInputStream(ics), StandardCharsets.UTF_8));
  }

  private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
    return container.getRequiredProperty(name).getValue();
  }

  private static Instant instant(VEvent event, String name) {
    Temporal temporal = ((net.fortuna.ical4j.model.property.DateProperty<?>) event.getRequiredProperty(name)).getDate();
    return Instant.from(temporal);
  }
}
