package org.reversementoring.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every figure of the program report (README "Program report" defines each). Rates and
 * averages are unrounded; {@code null} where there is nothing to divide by.
 *
 * @param from                        first day of the period (inclusive), or null for no limit
 * @param to                          last day of the period (inclusive), or null for no limit
 * @param asOf                        the moment the report was computed ("planned time has passed")
 * @param applications                applications submitted in the period
 * @param applicationsByStatus        the same by status (every status, zeros included)
 * @param selectionRate               selected / decided (selected, rejected, waitlisted)
 * @param qualificationPassRate       QUALIFIED / (QUALIFIED + NOT_QUALIFIED) mentors
 * @param funnel                      applicants, selected, qualified, in a tandem (people)
 * @param tandemsByStatus             tandems created in the period, by status (zeros included)
 * @param sessions                    sessions of those tandems
 * @param sessionsHeldRate            held / due (not cancelled, planned time passed)
 * @param sessionRatingByTopic        mentee session ratings, a session counting for each topic
 * @param sessionRatingByExecutiveDepartment by the executive's (mentee's) department
 * @param sessionRatingByMentorDepartment    by the department of the mentor who held the session
 * @param finalRatingByRole           final feedback overall rating by role (MENTEE, MENTOR)
 * @param finalRatingByDepartment     by the department of the person who gave the feedback
 * @param waitlistDays                tandem created − executive registered
 * @param applicationToFirstSessionDays first held session − the mentor's earliest application
 * @param feedbackResponseRate        final feedback of closed tandems / (2 × closed tandems)
 */
public record ProgramReport(
    LocalDate from,
    LocalDate to,
    Instant asOf,
    long applications,
    Map<String, Long> applicationsByStatus,
    Rate selectionRate,
    Rate qualificationPassRate,
    List<Count> funnel,
    Map<String, Long> tandemsByStatus,
    Sessions sessions,
    Rate sessionsHeldRate,
    List<Average> sessionRatingByTopic,
    List<Average> sessionRatingByExecutiveDepartment,
    List<Average> sessionRatingByMentorDepartment,
    List<Average> finalRatingByRole,
    List<Average> finalRatingByDepartment,
    Days waitlistDays,
    Days applicationToFirstSessionDays,
    Rate feedbackResponseRate) {

  /** A share: {@code value} is numerator / denominator, null when the denominator is zero. */
  public record Rate(long numerator, long denominator, Double value) {

    public static Rate of(long numerator, long denominator) {
      return new Rate(numerator, denominator,
          denominator == 0 ? null : (double) numerator / denominator);
    }
  }

  /** A named count, e.g. one step of the funnel. */
  public record Count(String key, long count) {
  }

  /** The mean of {@code count} values for one key (a topic, a department, a role). */
  public record Average(String key, long count, double average) {
  }

  /** Durations in days (fractional): how many, their median and their mean; null when none. */
  public record Days(int count, Double median, Double average) {
  }

  /**
   * Session counts: {@code planned} = not cancelled; {@code due} = planned and its time has
   * passed; of those {@code held}, {@code notHeld} and {@code unreported} (still PLANNED);
   * {@code upcoming} = planned for later; {@code cancelled} apart.
   */
  public record Sessions(long planned, long due, long held, long notHeld, long unreported,
      long upcoming, long cancelled) {
  }
}
