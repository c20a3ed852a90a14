package org.reversementoring.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.support.DomainTestBeans;

/** The calendar entries of an Academy seat: one per module, the same UIDs for invitation and cancellation. */
class AcademyModuleEventsTest {

  static final ProgramProperties PROGRAM = new ProgramProperties("http://mentoring.test", "secret",
      new ProgramProperties.Mail("Program office <office@example.com>", "coordinators@example.com"));
  static final Instant BASICS = Instant.parse("2031-03-17T09:00:00Z");
  static final Instant FEEDBACK = Instant.parse("2031-03-31T08:00:00Z");

  private final AcademyModuleEvents calendar = new AcademyModuleEvents(
      new CalendarFiles(Clock.fixed(Instant.parse("2031-03-01T10:00:00Z"), ZoneOffset.UTC)), PROGRAM,
      DomainTestBeans.programWords());

  @Test
  void oneEventPerModuleInTheProgramsZoneOrganisedByTheProgramOffice() {
    List<CalendarEvent> events = calendar.events(seat("Academy, room 3.14, Munich"), Language.EN);

    assertThat(events).extracting(CalendarEvent::uid).containsExactly(
        "academy-42-mentoring-basics@reverse-mentoring", "academy-42-communication-feedback@reverse-mentoring");
    CalendarEvent basics = events.get(0);
    assertThat(basics.sequence()).isZero();
    assertThat(basics.summary()).isEqualTo("Reverse Mentoring Academy: Mentoring basics");
    assertThat(basics.description()).isEqualTo("Spring 2031, trainer Tina Kramer");
    assertThat(basics.location()).isEqualTo("Academy, room 3.14, Munich");
    assertThat(basics.onlineUrl()).isNull();
    assertThat(basics.start().toInstant()).isEqualTo(BASICS);
    assertThat(basics.start().getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(basics.end().toInstant()).isEqualTo(BASICS.plusSeconds(3 * 3600));
    assertThat(basics.organizer()).isEqualTo(new CalendarEvent.Organizer("office@example.com", "Program office"));
    assertThat(basics.attendees()).containsExactly("zoe@example.com", "sven.vogel@example.com");
  }

  @Test
  void aGermanReaderGetsTheSameEntriesInGerman() {
    CalendarEvent basics = calendar.events(seat("Academy, room 3.14, Munich"), Language.DE).get(0);

    assertThat(basics.uid()).isEqualTo("academy-42-mentoring-basics@reverse-mentoring");
    assertThat(basics.summary()).isEqualTo("Reverse Mentoring Academy: Mentoring basics");
    assertThat(basics.description()).isEqualTo("Spring 2031, Trainer/in Tina Kramer");
  }

  @Test
  void anOnlineCohortHasTheLinkAndNoRoom() {
    CalendarEvent basics = calendar.events(seat("https://meet.example.com/academy"), Language.EN).get(0);

    assertThat(basics.location()).isNull();
    assertThat(basics.onlineUrl()).isEqualTo(URI.create("https://meet.example.com/academy"));
  }

  @Test
  void theCancellationRemovesWhatTheInvitationAdded() throws Exception {
    Calendar invitation = parse(calendar.invitation(seat("Academy room 3"), Language.EN));
    Calendar cancellation = parse(calendar.cancellation(seat("Academy room 3"), Language.DE));

    assertThat(invitation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
    assertThat(cancellation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
    assertThat(uids(cancellation)).isEqualTo(uids(invitation)).hasSize(2);
  }

  private static AcademyModuleEvents.Seat seat(String location) {
    return new AcademyModuleEvents.Seat(42, "Spring 2031", "Tina Kramer", location, List.of(
        new AcademyModuleEvents.Module("mentoring-basics", "Mentoring basics", BASICS, BASICS.plusSeconds(3 * 3600)),
        new AcademyModuleEvents.Module("communication-feedback", "Communication and feedback", FEEDBACK,
            FEEDBACK.plusSeconds(3 * 3600))),
        List.of("zoe@example.com", "sven.vogel@example.com"));
  }

  private static List<String> uids(Calendar calendar) {
    return calendar.<VEvent>getComponents("VEVENT").stream()
        .map(event -> event.getProperty("UID").orElseThrow().getValue()).toList();
  }

  private static Calendar parse(byte[] ics) throws Exception {
    return new CalendarBuilder().build(new ByteArrayInputStream(ics));
  }
}
