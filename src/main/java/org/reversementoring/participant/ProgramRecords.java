package org.reversementoring.participant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reversementoring.academy.AcademyModules;
import org.reversementoring.academy.ModuleSchedule;
import org.reversementoring.common.EmailAddress;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.participant.ProgramFacts.Application;
import org.reversementoring.participant.ProgramFacts.Enrollment;
import org.reversementoring.participant.ProgramFacts.Module;
import org.reversementoring.participant.ProgramFacts.Session;
import org.reversementoring.participant.ProgramFacts.Supervised;
import org.reversementoring.participant.ProgramFacts.Tandem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Reads a person's program records by their account's user id (or, as a supervisor, their email). */
@Component
class ProgramRecords {

  private static final String APPLICATION = """
      select m.id as mentor_id, m.status as mentor_status, a.id, a.number, a.status, a.submitted_at,
             a.status_changed_at, a.process_instance_id
      from mentor m join mentor_application a on a.mentor_id = m.id
      where %s order by a.submitted_at desc, a.id desc""";

  private static final String TANDEM = """
      select t.id, t.number, t.status, t.kickoff_at, t.goals, t.cadence_weeks, t.session_minutes, t.ended_at,
             t.process_instance_id, p.first_name, p.last_name
      from tandem t join mentor m on m.id = t.mentor_id join mentee e on e.id = t.mentee_id
      join %s p on p.id = t.%s
      where %s order by t.id desc""";

  private final RowMapper<Application> applicationRows = this::application;
  private final JdbcTemplate jdbc;
  private final ModuleSchedule schedule;
  private final AcademyModules academy;
  private final MenteeService mentees;

  ProgramRecords(JdbcTemplate jdbc, ModuleSchedule schedule, AcademyModules academy, MenteeService mentees) {
    this.jdbc = jdbc;
    this.schedule = schedule;
    this.academy = academy;
    this.mentees = mentees;
  }

  Optional<Application> application(String userId) {
    return jdbc.query(APPLICATION.formatted("m.user_id = ?"), applicationRows, userId)
        .stream().findFirst();
  }

  /** The modules of every seat the apprentice held (a retake repeats the failed ones), in order. */
  List<Module> modules(long mentorId) {
    return jdbc.query("""
            select e.id, e.cohort_id, c.name, c.location from academy_enrollment e
            join academy_cohort c on c.id = e.cohort_id
            where e.mentor_id = ? and e.status <> 'RELEASED' order by e.enrolled_at, e.id""",
            (row, i) -> modulesOf(row.getLong("id"), row.getLong("cohort_id"), row.getString("name"),
                row.getString("location")), mentorId)
        .stream().flatMap(List::stream).toList();
  }

  /** The apprentice's latest tandem, the executive as partner. */
  Optional<Tandem> mentorTandem(long mentorId) {
    return tandem("MENTOR", TANDEM.formatted("mentee", "mentee_id", "t.mentor_id = ?"), mentorId);
  }

  /** The executive's latest tandem, the apprentice as partner. */
  Optional<Tandem> menteeTandem(String userId) {
    return tandem("MENTEE", TANDEM.formatted("mentor", "mentor_id", "e.user_id = ?"), userId);
  }

  Optional<Enrollment> enrollment(String userId) {
    return jdbc.query("""
            select id, number, status, registered_at, status_changed_at from mentee
            where user_id = ? order by registered_at desc, id desc""", (row, i) -> new Enrollment(
            row.getString("number"), row.getString("status"), instant(row, "registered_at"),
            instant(row, "status_changed_at"),
            row.getString("status").equals("WAITLISTED") ? mentees.waitlistPosition(row.getLong("id")) : null), userId)
        .stream().findFirst();
  }

  /** The apprentices who named this address as their training supervisor, each with their latest application. */
  List<Supervised> supervisedBy(String email) {
    return jdbc.query("""
            select m.id, m.first_name, m.last_name from mentor m
            where m.supervisor_email = ? and m.erased_at is null order by m.last_name, m.first_name""",
            (row, i) -> {
              long mentorId = row.getLong("id");
              String name = row.getString("first_name") + " " + row.getString("last_name");
              return jdbc.query(APPLICATION.formatted("m.id = ?"), applicationRows, mentorId).stream()
                  .findFirst()
                  .map(application -> new Supervised(name, application, modules(mentorId), mentorTandem(mentorId)));
            }, EmailAddress.normalized(email))
        .stream().flatMap(Optional::stream).toList();
  }

  private List<Module> modulesOf(long enrollmentId, long cohortId, String cohort, String location) {
    List<String> taken = schedule.modulesFor(enrollmentId);
    return jdbc.query("""
            select cm.module_key, cm.starts_at, cm.ends_at, r.passed from academy_cohort_module cm
            left join academy_module_result r on r.enrollment_id = ? and r.module_key = cm.module_key
            where cm.cohort_id = ? order by cm.starts_at""",
            (row, i) -> new Module(enrollmentId, row.getString("module_key"), academy.moduleName(row.getString("module_key")),
                cohort, location, instant(row, "starts_at"), instant(row, "ends_at"),
                (Boolean) row.getObject("passed")), enrollmentId, cohortId)
        .stream().filter(module -> taken.contains(module.key()) || module.passed() != null).toList();
  }

  private Optional<Tandem> tandem(String side, String query, Object who) {
    return jdbc.query(query, (row, i) -> {
      long id = row.getLong("id");
      String goals = row.getString("goals");
      return new Tandem(id, row.getString("number"), side,
          row.getString("first_name") + " " + row.getString("last_name"), row.getString("status"),
          instant(row, "kickoff_at"),
          goals == null ? List.of() : Arrays.stream(goals.split("\\R")).filter(goal -> !goal.isBlank()).toList(),
          (Integer) row.getObject("cadence_weeks"), (Integer) row.getObject("session_minutes"), sessions(id),
          feedbackGivenAt(id, side), instant(row, "ended_at"), row.getString("process_instance_id"));
    }, who).stream().findFirst();
  }

  private List<Session> sessions(long tandemId) {
    return jdbc.query("""
            select position, planned_at, planned_minutes, status, held_at from tandem_session
            where tandem_id = ? order by position""", (row, i) -> new Session(row.getInt("position"),
            instant(row, "planned_at"), row.getInt("planned_minutes"), row.getString("status"),
            instant(row, "held_at")), tandemId);
  }

  private Instant feedbackGivenAt(long tandemId, String side) {
    return jdbc.query("select submitted_at from final_feedback where tandem_id = ? and role = ?",
        (row, i) -> instant(row, "submitted_at"), tandemId, side).stream().findFirst().orElse(null);
  }

  private Application application(ResultSet row, int i) throws SQLException {
    return new Application(row.getLong("mentor_id"), row.getString("number"), row.getString("status"),
        instant(row, "submitted_at"), instant(row, "status_changed_at"), row.getString("mentor_status"),
        row.getString("process_instance_id"), entered(row.getLong("id")));
  }

  /** When the application first entered each status it went through. */
  private Map<String, Instant> entered(long applicationId) {
    Map<String, Instant> entered = new HashMap<>();
    jdbc.query("select status, min(changed_at) as entered_at from application_status_change "
            + "where application_id = ? group by status",
        (RowCallbackHandler) row -> entered.put(row.getString("status"), instant(row, "entered_at")), applicationId);
    return entered;
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    Timestamp timestamp = row.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
