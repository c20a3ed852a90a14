package org.reversementoring.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.reversementoring.reporting.ReportData.ApplicationRow;
import org.reversementoring.reporting.ReportData.FeedbackRow;
import org.reversementoring.reporting.ReportData.MentorRow;
import org.reversementoring.reporting.ReportData.SessionRow;
import org.reversementoring.reporting.ReportData.TandemRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the columns the report needs from the domain tables with plain SQL that runs on H2
 * and PostgreSQL (no entities: the session and feedback tables are shared with other code).
 * The rows of a program (hundreds to a few thousand) are read whole; the period and every
 * figure are applied in {@link ProgramReports}. Erased people are rows like any other: their
 * status and department stay.
 */
@Component
class ReportQueries {

  private final JdbcTemplate jdbc;

  ReportQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One read-only transaction, so the figures come from one consistent state. */
  @Transactional(readOnly = true)
  public ReportData load() {
    return new ReportData(
        jdbc.query("select mentor_id, status, submitted_at from mentor_application",
            (rs, i) -> new ApplicationRow(rs.getLong("mentor_id"), rs.getString("status"),
                instant(rs, "submitted_at"))),
        jdbc.query("select id, status, department from mentor",
            (rs, i) -> new MentorRow(rs.getLong("id"), rs.getString("status"),
                rs.getString("department"))),
        jdbc.query("""
            select t.id, t.mentor_id, t.status, t.created_at,
                   e.registered_at, e.department as mentee_department,
                   m.department as mentor_department
            from tandem t
            join mentee e on e.id = t.mentee_id
            join mentor m on m.id = t.mentor_id""",
            (rs, i) -> new TandemRow(rs.getLong("id"), rs.getLong("mentor_id"),
                rs.getString("status"), instant(rs, "created_at"), instant(rs, "registered_at"),
                rs.getString("mentee_department"), rs.getString("mentor_department"))),
        jdbc.query("""
            select s.tandem_id, s.mentor_id, s.status, s.planned_at, s.held_at, s.topics,
                   s.rating, m.department
            from tandem_session s
            left join mentor m on m.id = s.mentor_id""",
            (rs, i) -> new SessionRow(rs.getLong("tandem_id"), rs.getLong("mentor_id"),
                rs.getString("status"), instant(rs, "planned_at"), instant(rs, "held_at"),
                rs.getString("topics"), (Integer) rs.getObject("rating", Integer.class),
                rs.getString("department"))),
        jdbc.query("select tandem_id, role, overall_rating from final_feedback",
            (rs, i) -> new FeedbackRow(rs.getLong("tandem_id"), rs.getString("role"),
                rs.getInt("overall_rating"))));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
