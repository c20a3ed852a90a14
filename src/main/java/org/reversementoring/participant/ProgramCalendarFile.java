package org.reversementoring.participant;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reversementoring.academy.AcademyModules;
import org.reversementoring.calendar.AcademyModuleEvents;
import org.reversementoring.calendar.CalendarEvent;
import org.reversementoring.calendar.CalendarFiles;
import org.reversementoring.calendar.TandemInvitations;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's coming dates as one calendar file: their Academy modules without a result yet and
 * their tandem's planned sessions. The entries carry the UIDs and SEQUENCE numbers of the
 * invitations mailed before, so importing the file updates those entries, never doubles them;
 * their words are in the person's language.
 */
@Component
public class ProgramCalendarFile {

  private final JdbcTemplate jdbc;
  private final ProgramRecords records;
  private final AcademyModules academy;
  private final AcademyModuleEvents academyEvents;
  private final TandemInvitations tandemEvents;
  private final CalendarFiles files;
  private final ProgramProperties properties;

  ProgramCalendarFile(JdbcTemplate jdbc, ProgramRecords records, AcademyModules academy,
      AcademyModuleEvents academyEvents, TandemInvitations tandemEvents, CalendarFiles files,
      ProgramProperties properties) {
    this.jdbc = jdbc;
    this.records = records;
    this.academy = academy;
    this.academyEvents = academyEvents;
    this.tandemEvents = tandemEvents;
    this.files = files;
    this.properties = properties;
  }

  /** The file, or empty when the person has no coming date. */
  public Optional<byte[]> of(String userId, Language language) {
    List<CalendarEvent> events = new ArrayList<>();
    records.application(userId).ifPresent(application -> events.addAll(academy(application.mentorId(), language)));
    events.addAll(sessions(userId, language));
    return events.isEmpty() ? Optional.empty() : Optional.of(files.request(events));
  }

  /** The program's zone, in which the page shows its dates. */
  public ZoneId zone() {
    return properties.zone();
  }

  private List<CalendarEvent> academy(long mentorId, Language language) {
    List<CalendarEvent> events = new ArrayList<>();
    List<ProgramFacts.Module> modules = records.modules(mentorId);
    jdbc.query("""
        select e.id, e.calendar_sequence, c.name, c.trainer_name, c.location, m.email, m.supervisor_email
        from academy_enrollment e join academy_cohort c on c.id = e.cohort_id join mentor m on m.id = e.mentor_id
        where e.mentor_id = ? and e.status = 'ENROLLED' order by e.id""", row -> {
      long enrollmentId = row.getLong("id");
      List<AcademyModuleEvents.Module> open = modules.stream()
          .filter(module -> module.enrollmentId() == enrollmentId && module.passed() == null)
          .map(module -> new AcademyModuleEvents.Module(module.key(), academy.moduleName(module.key(), language),
              module.startsAt(), module.endsAt()))
          .toList();
      int sequence = row.getInt("calendar_sequence");
      academyEvents.events(new AcademyModuleEvents.Seat(enrollmentId, row.getString("name"),
              row.getString("trainer_name"), row.getString("location"), open,
              List.of(row.getString("email"), row.getString("supervisor_email"))), language)
          .forEach(event -> events.add(event.withSequence(sequence)));
    }, mentorId);
    return events;
  }

  private List<CalendarEvent> sessions(String userId, Language language) {
    List<CalendarEvent> events = new ArrayList<>();
    jdbc.query("""
        select t.id, t.number, m.first_name as mentor_first, m.last_name as mentor_last, m.email as mentor_email,
               e.first_name as mentee_first, e.last_name as mentee_last, e.email as mentee_email
        from tandem t join mentor m on m.id = t.mentor_id join mentee e on e.id = t.mentee_id
        where (m.user_id = ? or e.user_id = ?) and t.status in ('KICKOFF', 'ACTIVE')""", row -> {
      long tandemId = row.getLong("id");
      TandemInvitations.Pair pair = new TandemInvitations.Pair(tandemId, row.getString("number"),
          row.getString("mentor_first") + " " + row.getString("mentor_last"), row.getString("mentor_email"),
          row.getString("mentee_first") + " " + row.getString("mentee_last"), row.getString("mentee_email"));
      List<TandemInvitations.Session> planned = jdbc.query("""
          select position, planned_at, planned_minutes, calendar_sequence from tandem_session
          where tandem_id = ? and status = 'PLANNED' order by position""",
          (session, i) -> new TandemInvitations.Session(session.getInt("position"),
              session.getTimestamp("planned_at").toInstant().atZone(properties.zone()),
              session.getInt("planned_minutes"), session.getInt("calendar_sequence")), tandemId);
      events.addAll(tandemEvents.sessionEvents(pair, planned, language));
    }, userId, userId);
    return events;
  }
}
