package org.reversementoring.reporting;

import java.time.Instant;
import java.util.List;

/** The rows the report is computed from, as {@link ReportQueries} reads them. */
record ReportData(List<ApplicationRow> applications, List<MentorRow> mentors,
    List<TandemRow> tandems, List<SessionRow> sessions, List<FeedbackRow> feedback) {

  record ApplicationRow(long mentorId, String status, Instant submittedAt) {
  }

  record MentorRow(long id, String status, String department) {
  }

  /** A tandem with the executive's registration and both departments. */
  record TandemRow(long id, long mentorId, String status, Instant createdAt,
      Instant menteeRegisteredAt, String menteeDepartment, String mentorDepartment) {
  }

  /** A session with the department of the mentor who holds it; topics comma-separated. */
  record SessionRow(long tandemId, long mentorId, String status, Instant plannedAt,
      Instant heldAt, String topics, Integer rating, String mentorDepartment) {
  }

  record FeedbackRow(long tandemId, String role, int rating) {
  }
}
