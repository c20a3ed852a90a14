package org.reversementoring.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reversementoring.closing.FeedbackRole;
import org.reversementoring.recruitment.ApplicationStatus;
import org.reversementoring.recruitment.MentorStatus;
import org.reversementoring.reporting.ReportData.FeedbackRatings;
import org.reversementoring.reporting.ReportData.MentorFunnel;
import org.reversementoring.reporting.ReportData.SessionCounts;
import org.reversementoring.reporting.ReportData.SessionRatings;
import org.reversementoring.reporting.ReportData.Span;
import org.reversementoring.reporting.ReportData.TandemRow;
import org.reversementoring.tandem.SessionStatus;
import org.reversementoring.tandem.TandemStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the report's figures for one period from the domain tables with plain SQL that runs on
 * H2 and PostgreSQL (no entities: the session and feedback tables are shared with other code).
 * The database counts and sums; only medians need one row per tandem or mentor. Erased people
 * are rows like any other: their status and department stay.
 */
@Component
class ReportQueries {

  /** A mentor with one of these statuses was selected, whatever their applications say. */
  private static final Set<String> SELECTED_MENTOR = Set.of(MentorStatus.SELECTED.name(),
      MentorStatus.QUALIFIED.name(), MentorStatus.NOT_QUALIFIED.name());
  /** Per mentor: their earliest application ({@code first_at}) and whether one was ever selected. */
  private static final String MENTOR_APPLICATIONS = """
      (select mentor_id, min(submitted_at) as first_at,
              max(case when status = :selected then 1 else 0 end) as selected_once
       from mentor_application group by mentor_id) f""";

  static final int TIMEOUT_SECONDS = 30;

  private final NamedParameterJdbcTemplate jdbc;

  ReportQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Cases that began in [{@code start}, {@code end}) (either null for no limit), sessions due at
   * {@code now}. One read-only transaction that sees one snapshot (repeatable read), so no figure
   * counts a change another one missed. Readers of the same period wait for this reading, so it
   * gives up after {@value #TIMEOUT_SECONDS} seconds rather than hold them all.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ, timeout = TIMEOUT_SECONDS)
  public ReportData load(Instant start, Instant end, Instant now) {
    MapSqlParameterSource p = new MapSqlParameterSource().addValue("now", timestamp(now))
        .addValue("selected", ApplicationStatus.SELECTED.name())
        .addValue("selectedMentor", SELECTED_MENTOR)
        .addValue("qualified", MentorStatus.QUALIFIED.name())
        .addValue("notQualified", MentorStatus.NOT_QUALIFIED.name())
        .addValue("cancelled", SessionStatus.CANCELLED.name())
        .addValue("held", SessionStatus.HELD.name())
        .addValue("notHeld", SessionStatus.NOT_HELD.name())
        .addValue("mentorRole", FeedbackRole.MENTOR.name())
        .addValue("closed", TandemStatus.CLOSED.name());
    if (start != null) {
      p.addValue("start", timestamp(start));
    }
    if (end != null) {
      p.addValue("end", timestamp(end));
    }
    List<SessionGroup> sessions = sessions(p);
    return new ReportData(applicationsByStatus(p), mentors(p), tandems(p), SessionGroup.counts(sessions),
        SessionGroup.ratings(sessions), feedback(p), applicationToFirstSession(p));
  }

  private Map<String, Long> applicationsByStatus(MapSqlParameterSource p) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.query("""
        select status, count(*) as n from mentor_application
        where %s
        group by status""".formatted(inPeriod("submitted_at", p)), p,
        rs -> {
          counts.put(rs.getString("status"), rs.getLong("n"));
        });
    return counts;
  }

  /**
   * Grouped and joined: sub-queries per mentor priced this query above PostgreSQL's JIT threshold
   * from about 9,000 mentors, and it then compiled itself for 25 ms on every request.
   */
  private MentorFunnel mentors(MapSqlParameterSource p) {
    return jdbc.queryForObject("""
        select count(*) as applicants,
               count(case when m.status in (:selectedMentor) or f.selected_once = 1 then 1 end) as selected,
               count(case when m.status = :qualified then 1 end) as qualified,
               count(case when m.status = :notQualified then 1 end) as not_qualified,
               count(t.mentor_id) as in_tandem
        from mentor m
        join %s on f.mentor_id = m.id
        left join (select distinct mentor_id from tandem) t on t.mentor_id = m.id
        where %s""".formatted(MENTOR_APPLICATIONS, inPeriod("f.first_at", p)), p,
        (rs, i) -> new MentorFunnel(rs.getLong("applicants"), rs.getLong("selected"),
            rs.getLong("qualified"), rs.getLong("not_qualified"), rs.getLong("in_tandem")));
  }

  private List<TandemRow> tandems(MapSqlParameterSource p) {
    return jdbc.query("""
        select t.status, e.registered_at, t.created_at
        from tandem t join mentee e on e.id = t.mentee_id
        where %s""".formatted(inPeriod("t.created_at", p)), p,
        (rs, i) -> new TandemRow(rs.getString("status"), instant(rs, "registered_at"),
            instant(rs, "created_at")));
  }

  /** Counts and ratings in one pass over the sessions, grouped by topic list and both departments. */
  private List<SessionGroup> sessions(MapSqlParameterSource p) {
    return jdbc.query("""
        select s.topics, e.department as executive_department, m.department as mentor_department,
               count(case when s.status <> :cancelled then 1 end) as planned,
               count(case when s.status <> :cancelled and s.planned_at <= :now then 1 end) as due,
               count(case when s.status = :held and s.planned_at <= :now then 1 end) as held,
               count(case when s.status = :notHeld and s.planned_at <= :now then 1 end) as not_held,
               count(case when s.status = :cancelled then 1 end) as cancelled,
               count(case when s.status <> :cancelled then s.rating end) as rated,
               sum(case when s.status <> :cancelled then s.rating end) as rating_sum
        from tandem_session s
        join tandem t on t.id = s.tandem_id
        join mentee e on e.id = t.mentee_id
        left join mentor m on m.id = s.mentor_id
        where %s
        group by s.topics, e.department, m.department""".formatted(inPeriod("t.created_at", p)), p,
        (rs, i) -> new SessionGroup(new SessionCounts(rs.getLong("planned"), rs.getLong("due"),
            rs.getLong("held"), rs.getLong("not_held"), rs.getLong("cancelled")),
            new SessionRatings(rs.getString("topics"), rs.getString("executive_department"),
                rs.getString("mentor_department"), rs.getLong("rated"), rs.getLong("rating_sum"))));
  }

  /** The sessions sharing a topic list and both departments: their counts, their ratings. */
  private record SessionGroup(SessionCounts counts, SessionRatings ratings) {

    static SessionCounts counts(List<SessionGroup> groups) {
      return groups.stream().map(SessionGroup::counts).reduce(SessionCounts.NONE, SessionCounts::plus);
    }

    static List<SessionRatings> ratings(List<SessionGroup> groups) {
      return groups.stream().map(SessionGroup::ratings).filter(r -> r.count() > 0).toList();
    }
  }

  private List<FeedbackRatings> feedback(MapSqlParameterSource p) {
    return jdbc.query("""
        select f.role,
               case when f.role = :mentorRole then m.department else e.department end as department,
               count(*) as n, sum(f.overall_rating) as rating_sum,
               count(case when t.status = :closed then 1 end) as on_closed
        from final_feedback f
        join tandem t on t.id = f.tandem_id
        join mentee e on e.id = t.mentee_id
        join mentor m on m.id = t.mentor_id
        where %s
        group by f.role, m.department, e.department""".formatted(inPeriod("t.created_at", p)), p,
        (rs, i) -> new FeedbackRatings(rs.getString("role"), rs.getString("department"),
            rs.getLong("n"), rs.getLong("rating_sum"), rs.getLong("on_closed")));
  }

  private List<Span> applicationToFirstSession(MapSqlParameterSource p) {
    return jdbc.query("""
        select f.first_at, h.first_held
        from %s
        join (select mentor_id, min(held_at) as first_held from tandem_session
              where status = :held and held_at is not null group by mentor_id) h
          on h.mentor_id = f.mentor_id
        where %s""".formatted(MENTOR_APPLICATIONS, inPeriod("f.first_at", p)), p,
        (rs, i) -> new Span(instant(rs, "first_at"), instant(rs, "first_held")));
  }

  /**
   * That the column's instant lies in the period: from {@code :start} (inclusive) to
   * {@code :end} (exclusive), a bound without a value left out. A tandem's period is its
   * creation's, and its sessions and final feedback go with it.
   */
  private static String inPeriod(String column, MapSqlParameterSource p) {
    List<String> conditions = new ArrayList<>(List.of("1 = 1"));
    if (p.hasValue("start")) {
      conditions.add(column + " >= :start");
    }
    if (p.hasValue("end")) {
      conditions.add(column + " < :end");
    }
    return String.join(" and ", conditions);
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
