package org.reversementoring.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A participant's tandems as data protection sees them: what they may download, and the free text
 * that goes when they are erased (goals, notes, comments). Ratings, dates, statuses and topics stay
 * for the program's statistics.
 */
@Component
class TandemRecords {

  private static final String OF_PERSON = """
      select t.id, t.number, t.status, t.cohort_name, t.kickoff_at, t.goals,
             case when m.user_id = ? then 'MENTOR' else 'MENTEE' end as role
      from tandem t
      left join mentor m on m.id = t.mentor_id
      left join mentee e on e.id = t.mentee_id
      where m.user_id = ? or e.user_id = ?
      order by t.id""";

  record TandemData(String number, String role, String status, String cohort, Instant kickoffAt, String goals,
      List<SessionData> sessions, List<FeedbackData> finalFeedback) {
  }

  record SessionData(int position, Instant plannedAt, String status, Integer heldMinutes, String topics,
      String notes, Integer rating, String ratingComment) {
  }

  record FeedbackData(String role, int overallRating, String learned, boolean wouldRecommend,
      boolean wouldTakePartAgain, String comment, Instant submittedAt) {
  }

  private final JdbcTemplate jdbc;

  TandemRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<TandemData> of(String userId) {
    return jdbc.query(OF_PERSON, (row, i) -> {
      long id = row.getLong("id");
      String role = row.getString("role");
      return new TandemData(row.getString("number"), role, row.getString("status"),
          row.getString("cohort_name"), instant(row.getTimestamp("kickoff_at")), row.getString("goals"),
          sessions(id, role.equals("MENTOR")), feedback(id, role));
    }, userId, userId, userId);
  }

  /** Numbers of the person's tandems that still run: their lifecycles end with the erasure. */
  List<String> runningTandemNumbers(String userId) {
    return of(userId).stream()
        .filter(tandem -> tandem.status().equals("KICKOFF") || tandem.status().equals("ACTIVE"))
        .map(TandemData::number).toList();
  }

  /** Removes the free text of every tandem the person took part in; running ones end early. */
  void eraseFreeText(String userId, Instant now) {
    List<Long> ids = jdbc.query(OF_PERSON, (row, i) -> row.getLong("id"), userId, userId, userId);
    ids.forEach(id -> eraseTandem(id, now));
  }

  void eraseFreeTextOfMentor(long mentorId, Instant now) {
    jdbc.queryForList("select id from tandem where mentor_id = ? or original_mentor_id = ?", Long.class, mentorId, mentorId)
        .forEach(id -> eraseTandem(id, now));
  }

  private void eraseTandem(long tandemId, Instant now) {
    jdbc.update("update tandem set goals = null, skip_periods = null, end_reason = null, status = case when status in "
        + "('KICKOFF', 'ACTIVE') then 'ENDED_EARLY' else status end, ended_at = coalesce(ended_at, ?) where id = ?",
        Timestamp.from(now), tandemId);
    jdbc.update("update tandem_session set notes = null, rating_comment = null where tandem_id = ?", tandemId);
    jdbc.update("update final_feedback set learned = null, comment = null where tandem_id = ?", tandemId);
    jdbc.update("update supervisor_checkin set comment = null where tandem_id = ?", tandemId);
  }

  /** The mentor's notes to the mentor, the executive's ratings to the executive: each their own words. */
  private List<SessionData> sessions(long tandemId, boolean asMentor) {
    return jdbc.query("select position, planned_at, status, held_minutes, topics, notes, rating, rating_comment "
        + "from tandem_session where tandem_id = ? order by position", (row, i) -> new SessionData(
            row.getInt("position"), instant(row.getTimestamp("planned_at")), row.getString("status"),
            (Integer) row.getObject("held_minutes"), row.getString("topics"),
            asMentor ? row.getString("notes") : null,
            asMentor ? null : (Integer) row.getObject("rating"),
            asMentor ? null : row.getString("rating_comment")), tandemId);
  }

  /** Only the person's own final feedback: the other side's answers are not theirs to read. */
  private List<FeedbackData> feedback(long tandemId, String role) {
    return jdbc.query("select role, overall_rating, learned, would_recommend, would_take_part_again, comment, "
        + "submitted_at from final_feedback where tandem_id = ? and role = ?", (row, i) -> new FeedbackData(
            row.getString("role"), row.getInt("overall_rating"), row.getString("learned"),
            row.getBoolean("would_recommend"), row.getBoolean("would_take_part_again"), row.getString("comment"),
            instant(row.getTimestamp("submitted_at"))), tandemId, role);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
