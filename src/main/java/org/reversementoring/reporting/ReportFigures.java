package org.reversementoring.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reversementoring.reporting.ProgramReport.Average;
import org.reversementoring.reporting.ProgramReport.Count;
import org.reversementoring.reporting.ProgramReport.Days;
import org.reversementoring.reporting.ProgramReport.Rate;
import org.reversementoring.reporting.ProgramReport.Sessions;

/**
 * The report as one row per figure (section, figure, dimension, value), for the CSV download
 * and the page's tables. Rates are fractions with three decimals (0.667), ratings two
 * decimals, days one decimal; an empty value means there was nothing to compute it from.
 */
public final class ReportFigures {

  static final List<String> HEADER = List.of("section", "figure", "dimension", "value");

  public record Figure(String section, String figure, String dimension, String value) {
  }

  private ReportFigures() {
  }

  static List<Figure> of(ProgramReport report) {
    List<Figure> rows = new ArrayList<>();
    String period = (report.from() == null ? "" : report.from().toString()) + ".."
        + (report.to() == null ? "" : report.to().toString());
    rows.add(new Figure("report", "period", "", period));
    rows.add(new Figure("report", "as of", "", report.asOf().toString()));

    rows.add(new Figure("recruitment", "applications", "", count(report.applications())));
    report.applicationsByStatus().forEach(
        (status, n) -> rows.add(new Figure("recruitment", "applications", status, count(n))));
    rate(rows, "recruitment", "selection rate", "selected", "decided applications",
        report.selectionRate());
    rate(rows, "qualification", "qualification pass rate", "qualified", "qualification decided",
        report.qualificationPassRate());
    for (Count step : report.funnel()) {
      rows.add(new Figure("funnel", "mentors", step.key(), count(step.count())));
    }

    counts(rows, "tandems", "tandems", report.tandemsByStatus());
    Sessions s = report.sessions();
    rows.add(new Figure("sessions", "planned (not cancelled)", "", count(s.planned())));
    rows.add(new Figure("sessions", "due", "", count(s.due())));
    rows.add(new Figure("sessions", "held", "", count(s.held())));
    rows.add(new Figure("sessions", "not held", "", count(s.notHeld())));
    rows.add(new Figure("sessions", "not reported yet", "", count(s.unreported())));
    rows.add(new Figure("sessions", "upcoming", "", count(s.upcoming())));
    rows.add(new Figure("sessions", "cancelled", "", count(s.cancelled())));
    rows.add(new Figure("sessions", "held rate", "", fraction(report.sessionsHeldRate().value())));

    averages(rows, "session ratings", "average by topic", report.sessionRatingByTopic());
    averages(rows, "session ratings", "average by executive department",
        report.sessionRatingByExecutiveDepartment());
    averages(rows, "session ratings", "average by mentor department",
        report.sessionRatingByMentorDepartment());
    averages(rows, "final ratings", "average by role", report.finalRatingByRole());
    averages(rows, "final ratings", "average by department", report.finalRatingByDepartment());

    days(rows, "waitlist", report.waitlistDays());
    days(rows, "application to first session", report.applicationToFirstSessionDays());
    rate(rows, "feedback", "response rate", "final feedback received", "final feedback expected",
        report.feedbackResponseRate());
    return rows;
  }

  private static void counts(List<Figure> rows, String section, String figure,
      Map<String, Long> counts) {
    counts.forEach((key, n) -> rows.add(new Figure(section, figure, key, count(n))));
  }

  private static void rate(List<Figure> rows, String section, String figure, String numerator,
      String denominator, Rate rate) {
    rows.add(new Figure(section, numerator, "", count(rate.numerator())));
    rows.add(new Figure(section, denominator, "", count(rate.denominator())));
    rows.add(new Figure(section, figure, "", fraction(rate.value())));
  }

  private static void averages(List<Figure> rows, String section, String figure,
      List<Average> averages) {
    for (Average a : averages) {
      rows.add(new Figure(section, figure, a.key(), decimals(a.average(), 2)));
      rows.add(new Figure(section, "count " + figure.substring("average ".length()), a.key(),
          count(a.count())));
    }
  }

  private static void days(List<Figure> rows, String section, Days days) {
    rows.add(new Figure(section, "count", "", count(days.count())));
    rows.add(new Figure(section, "median days", "", decimals(days.median(), 1)));
    rows.add(new Figure(section, "average days", "", decimals(days.average(), 1)));
  }

  static String count(long n) {
    return Long.toString(n);
  }

  static String fraction(Double value) {
    return decimals(value, 3);
  }

  static String decimals(Double value, int decimals) {
    return value == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** RFC 4180: CRLF line ends; a field with a comma, quote or line break is quoted. */
  static String csv(List<Figure> figures) {
    StringBuilder out = new StringBuilder();
    line(out, HEADER);
    for (Figure f : figures) {
      line(out, List.of(f.section(), f.figure(), safeText(f.dimension()), f.value()));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(escape(fields.get(i)));
    }
    out.append("\r\n");
  }

  static String escape(String field) {
    if (field.contains(",") || field.contains("\"") || field.contains("\n")
        || field.contains("\r")) {
      return '"' + field.replace("\"", "\"\"") + '"';
    }
    return field;
  }

  /**
   * A department name that a spreadsheet would run as a formula (=, +, -, @ first) gets a
   * leading apostrophe; the dimension is the only free text in the file.
   */
  static String safeText(String text) {
    return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
