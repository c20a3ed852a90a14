package org.reversementoring.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The calendar entries of a mentor's seat in an Academy cohort: one per module the mentor takes,
 * sent by the program office to the mentor and the training supervisor. A module's UID depends
 * only on the seat and the module, so the cancellation removes the entries the invitation made.
 * The words are the reader's language (calendar.academy.* in the documents bundle; the module
 * names come in it with the seat).
 */
@Component
public class AcademyModuleEvents {

  /** One module of the seat, as the cohort holds it; its name in the reader's language. */
  public record Module(String key, String name, Instant start, Instant end) {
  }

  /**
   * A mentor's seat.
   *
   * @param enrollmentId the seat's id, part of every UID
   * @param location     a room, or an online meeting link ({@code http…})
   * @param modules      the modules the mentor takes, in the order they are held
   * @param attendees    the mentor and the training supervisor
   */
  public record Seat(long enrollmentId, String cohortName, String trainerName, String location,
      List<Module> modules, List<String> attendees) {

    public Seat {
      modules = List.copyOf(modules);
      attendees = List.copyOf(attendees);
    }
  }

  private final CalendarFiles files;
  private final ProgramProperties properties;
  private final MessageSource messages;

  public AcademyModuleEvents(CalendarFiles files, ProgramProperties properties, MessageSource messages) {
    this.files = files;
    this.properties = properties;
    this.messages = messages;
  }

  /** The invitation file (METHOD:REQUEST) of the seat's modules. */
  public byte[] invitation(Seat seat, Language language) {
    return files.request(events(seat, language));
  }

  /** The file (METHOD:CANCEL) that removes the seat's modules from the calendars again. */
  public byte[] cancellation(Seat seat, Language language) {
    return files.cancel(events(seat, language));
  }

  /**
   * One event per module, first revision: summary "Reverse Mentoring Academy: <module>",
   * description "<cohort>, trainer <trainer>" (in German "…, Trainer/in <trainer>"), the room as location or the online link as URL,
   * times in the program's zone, organised by the program's sender address.
   */
  public List<CalendarEvent> events(Seat seat, Language language) {
    boolean online = seat.location().startsWith("http");
    ZoneId zone = properties.zone();
    CalendarEvent.Organizer organizer = CalendarEvent.Organizer.of(properties.mail().from());
    return seat.modules().stream()
        .map(module -> new CalendarEvent(
            CalendarEvent.uidOf("academy", seat.enrollmentId(), module.key()), 0,
            messages.getMessage("calendar.academy.summary", new Object[] {module.name()}, language.locale()),
            messages.getMessage("calendar.academy.description", new Object[] {seat.cohortName(), seat.trainerName()},
                language.locale()),
            online ? null : seat.location(), online ? URI.create(seat.location()) : null,
            module.start().atZone(zone), module.end().atZone(zone), organizer, seat.attendees()))
        .toList();
  }
}
