package org.reversementoring.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.support.DomainTestBeans;

/** The kickoff and session entries of a tandem: UIDs, revisions, text in the reader's language, attendees and organizer. */
class TandemInvitationsTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ProgramProperties PROPERTIES = new ProgramProperties("http://mentoring.test", "secret",
      new ProgramProperties.Mail("Program office <office@example.com>", "coordinators@example.com"));
  private static final TandemInvitations.Pair PAIR = new TandemInvitations.Pair(7, "RMT-2031-001",
      "Zoë Łukasiewicz", "zoe@example.com", "Marc Weber", "marc@example.com");

  private final TandemInvitations invitations = new TandemInvitations(
      new CalendarFiles(Clock.fixed(Instant.parse("2031-03-01T10:00:00Z"), ZoneOffset.UTC)), PROPERTIES,
      DomainTestBeans.programWords());

  private static final ZonedDateTime KICKOFF = ZonedDateTime.of(LocalDateTime.of(2031, 3, 11, 10, 0), BERLIN);

  private final TandemInvitations.Session first = new TandemInvitations.Session(1,
      ZonedDateTime.of(LocalDateTime.of(2031, 3, 25, 10, 0), BERLIN), 60, 0);
  private final TandemInvitations.Session second = new TandemInvitations.Session(2,
      ZonedDateTime.of(LocalDateTime.of(2031, 4, 22, 10, 0), BERLIN), 45, 3);

  @Test
  void theKickoffIsOneEntryOfItsLengthForBothParticipants() throws Exception {
    Calendar calendar = CalendarFilesTest.parse(invitations.kickoff(PAIR, KICKOFF, Duration.ofHours(1), Language.EN));

    assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
    VEvent kickoff = calendar.<VEvent>getComponents("VEVENT").get(0);
    assertThat(value(kickoff, Property.UID)).isEqualTo("tandem-7-kickoff@reverse-mentoring");
    assertThat(value(kickoff, Property.SEQUENCE)).isEqualTo("0");
    assertThat(value(kickoff, Property.SUMMARY)).isEqualTo("Reverse Mentoring kickoff: Zoë Łukasiewicz & Marc Weber");
    assertThat(value(kickoff, Property.DESCRIPTION)).isEqualTo(
        "Tandem RMT-2031-001: get to know each other and agree goals and cadence. Agree the place between you.");
    assertThat(value(kickoff, Property.DTSTART)).isEqualTo("20310311T090000Z");
    assertThat(value(kickoff, Property.DTEND)).isEqualTo("20310311T100000Z");
    assertThat(value(kickoff, Property.ORGANIZER)).isEqualTo("mailto:office@example.com");
    assertThat(kickoff.<Property>getProperties(Property.ATTENDEE)).extracting(Property::getValue)
        .containsExactly("mailto:zoe@example.com", "mailto:marc@example.com");
  }

  @Test
  void aGermanReaderGetsTheSameEntriesInGerman() throws Exception {
    VEvent kickoff = CalendarFilesTest.parse(invitations.kickoff(PAIR, KICKOFF, Duration.ofHours(1), Language.DE))
        .<VEvent>getComponents("VEVENT").get(0);
    assertThat(value(kickoff, Property.UID)).isEqualTo("tandem-7-kickoff@reverse-mentoring");
    assertThat(value(kickoff, Property.SEQUENCE)).isEqualTo("0");
    assertThat(value(kickoff, Property.SUMMARY)).isEqualTo("Reverse-Mentoring-Kickoff: Zoë Łukasiewicz & Marc Weber");
    assertThat(value(kickoff, Property.DESCRIPTION)).isEqualTo("Tandem RMT-2031-001: Lernen Sie sich kennen und"
        + " vereinbaren Sie Ziele und Rhythmus. Den Ort stimmen Sie miteinander ab.");

    VEvent session = CalendarFilesTest.parse(invitations.sessions(PAIR, List.of(second), Language.DE))
        .<VEvent>getComponents("VEVENT").get(0);
    assertThat(value(session, Property.UID)).isEqualTo("tandem-7-session-2@reverse-mentoring");
    assertThat(value(session, Property.SEQUENCE)).isEqualTo("3");
    assertThat(value(session, Property.SUMMARY)).isEqualTo("Reverse-Mentoring-Termin 2: Zoë Łukasiewicz & Marc Weber");
    assertThat(value(session, Property.DESCRIPTION)).isEqualTo("Tandem RMT-2031-001, Termin 2.");
  }

  @Test
  void sessionsKeepTheirUidAndCarryTheRevisionLastSent() throws Exception {
    Calendar calendar = CalendarFilesTest.parse(invitations.sessions(PAIR, List.of(first, second), Language.EN));

    assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).extracting(e -> value(e, Property.UID)).containsExactly(
        TandemInvitations.sessionUid(7, 1), "tandem-7-session-2@reverse-mentoring");
    assertThat(events).extracting(e -> value(e, Property.SEQUENCE)).containsExactly("0", "3");
    assertThat(value(events.get(1), Property.SUMMARY)).isEqualTo("Reverse Mentoring session 2: Zoë Łukasiewicz & Marc Weber");
    assertThat(value(events.get(1), Property.DESCRIPTION)).isEqualTo("Tandem RMT-2031-001, session 2.");
    assertThat(value(events.get(1), Property.DTSTART)).isEqualTo("20310422T080000Z");
    assertThat(value(events.get(1), Property.DTEND)).isEqualTo("20310422T084500Z");
  }

  @Test
  void aCancellationRaisesEachRevisionByOne() throws Exception {
    Calendar calendar = CalendarFilesTest.parse(invitations.cancellations(PAIR, List.of(second), Language.DE));

    assertThat(value(calendar, Property.METHOD)).isEqualTo("CANCEL");
    VEvent cancelled = calendar.<VEvent>getComponents("VEVENT").get(0);
    assertThat(value(cancelled, Property.UID)).isEqualTo("tandem-7-session-2@reverse-mentoring");
    assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("4");
    assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
  }

  private static String value(PropertyContainer container, String name) {
    return container.getRequiredProperty(name).getValue();
  }
}
