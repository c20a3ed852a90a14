package org.reversementoring.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The report's data set, inserted with SQL as the domain code would store it: eight mentors
 * with nine applications, six executives, five tandems, twelve sessions and four final
 * feedbacks, "now" at 2026-06-01 10:00 UTC.
 */
final class ReportSeed {

  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-06-01T10:00:00Z");
  static final String RND = "<b>R&D</b>";

  private final JdbcTemplate jdbc;

  ReportSeed(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The data set of {@link ProgramReportTest}, every expected figure worked out there. */
  static void program(JdbcTemplate jdbc) {
    ReportSeed seed = new ReportSeed(jdbc);
    // mentors: id, department, status
    seed.mentor(1, "IT", "QUALIFIED", false);
    seed.mentor(2, "Logistics", "QUALIFIED", false);
    seed.mentor(3, RND, "NOT_QUALIFIED", true); // erased: still counts
    seed.mentor(4, "Sales", "SELECTED", false);
    seed.mentor(5, "IT", "APPLICANT", false);
    seed.mentor(6, "Finance", "WITHDRAWN", false);
    seed.mentor(7, "HR", "APPLICANT", false);
    seed.mentor(8, "HR", "APPLICANT", false);
    // applications: 9; decided = 4 selected + 2 rejected + 1 waitlisted = 7
    seed.application(1, 0, "REJECTED", "2025-10-01T08:00:00Z"); // mentor 1's earliest
    seed.application(2, 1, "SELECTED", "2026-01-10T08:00:00Z");
    seed.application(3, 2, "SELECTED", "2026-01-12T08:00:00Z");
    seed.application(4, 3, "SELECTED", "2026-01-15T08:00:00Z");
    seed.application(5, 4, "SELECTED", "2026-02-01T08:00:00Z");
    seed.application(6, 5, "REJECTED", "2026-01-20T08:00:00Z");
    seed.application(7, 6, "WITHDRAWN", "2026-01-22T08:00:00Z");
    seed.application(8, 7, "WAITLISTED", "2026-01-25T08:00:00Z");
    seed.application(9, 8, "IN_REVIEW", "2026-05-20T08:00:00Z");
    // executives: id, department, registered
    seed.mentee(1, "Sales", "MATCHED", "2026-01-05T09:00:00Z", false);
    seed.mentee(2, RND, "MATCHED", "2026-01-10T09:00:00Z", true);
    seed.mentee(3, "Finance, Controlling", "MATCHED", "2026-02-01T09:00:00Z", false);
    seed.mentee(4, "Sales", "MATCHED", "2026-02-10T09:00:00Z", false);
    seed.mentee(5, "Marketing", "MATCHED", "2026-01-20T09:00:00Z", false);
    seed.mentee(6, "Marketing", "WAITLISTED", "2026-04-01T09:00:00Z", false);
    // tandems: waiting days 55, 50, 38, 91.5, 40 -> median 50, mean 54.9
    seed.tandem(1, 1, 1, "CLOSED", "2026-03-01T09:00:00Z");
    seed.tandem(2, 2, 2, "ACTIVE", "2026-03-01T09:00:00Z");
    seed.tandem(3, 1, 3, "ENDED_EARLY", "2026-03-11T09:00:00Z");
    seed.tandem(4, 2, 4, "KICKOFF", "2026-05-12T21:00:00Z");
    seed.tandem(5, 2, 5, "CLOSED", "2026-03-01T09:00:00Z");
    // sessions: tandem, position, mentor, status, planned, held, topics, rating
    seed.session(1, 1, 1, "HELD", "2026-03-10T14:00:00Z", true, "ai-tools,social-media", 5);
    seed.session(1, 2, 1, "HELD", "2026-03-24T14:00:00Z", true, "ai-tools", 4);
    seed.session(1, 3, 1, "CANCELLED", "2026-04-07T14:00:00Z", false, null, null);
    seed.session(1, 4, 1, "NOT_HELD", "2026-04-21T14:00:00Z", false, null, null);
    seed.session(2, 1, 2, "HELD", "2026-03-15T10:00:00Z", true, "mobile-devices", 3);
    seed.session(2, 2, 1, "HELD", "2026-04-15T10:00:00Z", true, "ai-tools, mobile-devices", 2); // substitute
    seed.session(2, 3, 2, "PLANNED", "2026-05-20T10:00:00Z", false, null, null); // due, not reported
    seed.session(2, 4, 2, "PLANNED", "2026-06-10T10:00:00Z", false, null, null); // upcoming
    seed.session(3, 1, 1, "HELD", "2026-03-20T10:00:00Z", true, "cyber-security", null); // not rated
    seed.session(3, 2, 1, "CANCELLED", "2026-04-03T10:00:00Z", false, "ai-tools", 1); // rated, then cancelled: left out
    seed.session(5, 1, 2, "HELD", "2026-03-05T10:00:00Z", true, "social-media", 4);
    seed.session(5, 2, 2, "HELD", "2026-03-19T10:00:00Z", true, "social-media,ai-tools", 5);
    // final feedback: 3 of the 4 expected from the two closed tandems, one from an early end
    seed.feedback(1, "MENTEE", 5);
    seed.feedback(1, "MENTOR", 4);
    seed.feedback(5, "MENTEE", 3);
    seed.feedback(3, "MENTEE", 2);
  }


  /**
   * Rows the app's screens rarely make, on top of {@link #program}: a mentor without an
   * application, one selected by an application alone and one by status alone, an application
   * status no release knows, and a rated session without topics held by a mentor whose row is gone.
   */
  static void edgeCases(JdbcTemplate jdbc) {
    ReportSeed seed = new ReportSeed(jdbc);
    seed.mentor(9, "Legal", "APPLICANT", false);
    seed.mentor(10, "Legal", "WITHDRAWN", false);
    seed.application(10, 10, "SELECTED", "2026-02-05T08:00:00Z");
    seed.application(11, 10, "ARCHIVED", "2026-02-06T08:00:00Z");
    seed.mentor(11, "Legal", "QUALIFIED", false);
    seed.application(12, 11, "WITHDRAWN", "2026-02-07T08:00:00Z");
    seed.session(5, 3, 99, "HELD", "2026-03-26T10:00:00Z", true, null, 3);
  }

  void mentor(long id, String department, String status, boolean erased) {
    jdbc.update("""
        insert into mentor (id, email, first_name, last_name, occupation, department, location,
          language, supervisor_email, status, version, erased_at)
        values (?, ?, ?, 'Test', 'IT specialist', ?, 'Munich', 'en', 'boss@example.com', ?, 0, ?)""",
        id, "mentor" + id + "@example.com", "Mentor" + id, department, status,
        erased ? NOW.minusDays(1) : null);
  }

  void application(long id, long mentorId, String status, String submittedAt) {
    OffsetDateTime submitted = OffsetDateTime.parse(submittedAt);
    jdbc.update("""
        insert into mentor_application (id, number, mentor_id, training_year, topics, status,
          submitted_at, status_changed_at)
        values (?, ?, ?, 2, 'ai-tools', ?, ?, ?)""",
        id, "RMA-TEST-" + id, mentorId == 0 ? 1 : mentorId, status, submitted, submitted.plusDays(3));
  }

  void mentee(long id, String department, String status, String registeredAt, boolean erased) {
    OffsetDateTime registered = OffsetDateTime.parse(registeredAt);
    jdbc.update("""
        insert into mentee (id, number, email, first_name, last_name, department, management_level,
          birth_year, topics, language, location, availability, exclusions, status, registered_at,
          status_changed_at, version, erased_at)
        values (?, ?, ?, ?, 'Test', ?, 'director', 1970, 'ai-tools', 'en', 'Munich', 'MON-AM', '',
          ?, ?, ?, 0, ?)""",
        id, "RME-TEST-" + id, "exec" + id + "@example.com", "Exec" + id, department, status,
        registered, registered, erased ? NOW.minusDays(1) : null);
  }

  void tandem(long id, long mentorId, long menteeId, String status, String createdAt) {
    OffsetDateTime created = OffsetDateTime.parse(createdAt);
    jdbc.update("""
        insert into tandem (id, number, mentor_id, mentee_id, cohort_name, starts_on, score, reasons,
          fixed_by_coordinator, status, created_at, status_changed_at, version)
        values (?, ?, ?, ?, 'Spring 2026', ?, 80, 'shares a topic', false, ?, ?, ?, 0)""",
        id, "RMT-TEST-" + id, mentorId, menteeId, LocalDate.of(2026, 3, 2), status, created, created);
  }

  void session(long tandemId, int position, long mentorId, String status, String plannedAt,
      boolean held, String topics, Integer rating) {
    OffsetDateTime planned = OffsetDateTime.parse(plannedAt);
    jdbc.update("""
        insert into tandem_session (tandem_id, position, mentor_id, planned_at, planned_minutes,
          status, held_at, topics, rating, calendar_sequence, version)
        values (?, ?, ?, ?, 60, ?, ?, ?, ?, 0, 0)""",
        tandemId, position, mentorId, planned, status, held ? planned : null, topics, rating);
  }

  void feedback(long tandemId, String role, int rating) {
    jdbc.update("""
        insert into final_feedback (tandem_id, role, overall_rating, would_recommend,
          would_take_part_again, submitted_at)
        values (?, ?, ?, true, true, ?)""", tandemId, role, rating, NOW.minusDays(10));
  }
}
