package org.reversementoring.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@link ReportQueries} reads for one period: counts and rating sums grouped by the
 * database, and one row per tandem and per mentor only where a median needs every value.
 *
 * @param applicationsByStatus      applications submitted in the period, by status (statuses without any left out)
 * @param mentors                   the funnel of the mentors whose earliest application is in the period
 * @param tandems                   the tandems created in the period
 * @param sessions                  the sessions of those tandems
 * @param sessionRatings            their rated, not cancelled sessions, grouped
 * @param feedback                  the final feedback on those tandems, grouped
 * @param applicationToFirstSession per mentor of the funnel with a held session: earliest application, first held session
 */
record ReportData(Map<String, Long> applicationsByStatus, MentorFunnel mentors,
    List<TandemRow> tandems, SessionCounts sessions, List<SessionRatings> sessionRatings,
    List<FeedbackRatings> feedback, List<Span> applicationToFirstSession) {

  /** People, not applications: {@code selected} ever or by their status now. */
  record MentorFunnel(long applicants, long selected, long qualified, long notQualified,
      long inTandem) {
  }

  record TandemRow(String status, Instant menteeRegisteredAt, Instant createdAt) {
  }

  /** {@code planned}: not cancelled; {@code due}: planned, time passed; held and not held of those. */
  record SessionCounts(long planned, long due, long held, long notHeld, long cancelled) {

    static final SessionCounts NONE = new SessionCounts(0, 0, 0, 0, 0);

    SessionCounts plus(SessionCounts other) {
      return new SessionCounts(planned + other.planned, due + other.due, held + other.held,
          notHeld + other.notHeld, cancelled + other.cancelled);
    }
  }

  /** Sessions sharing their topic list (comma-separated) and both departments: how many, rating sum. */
  record SessionRatings(String topics, String executiveDepartment, String mentorDepartment,
      long count, long ratingSum) {
  }

  /** Final feedback of one role from one department: how many, rating sum, how many on closed tandems. */
  record FeedbackRatings(String role, String department, long count, long ratingSum,
      long onClosedTandems) {
  }

  record Span(Instant start, Instant end) {
  }
}
