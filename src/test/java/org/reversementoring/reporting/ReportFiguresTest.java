package org.reversementoring.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reversementoring.reporting.ReportData.FeedbackRatings;
import org.reversementoring.reporting.ReportData.MentorFunnel;
import org.reversementoring.reporting.ReportData.SessionCounts;
import org.reversementoring.reporting.ReportData.SessionRatings;
import org.reversementoring.reporting.ReportData.Span;
import org.reversementoring.reporting.ReportData.TandemRow;
import org.reversementoring.reporting.ReportFigures.Figure;

/** CSV escaping, number formats and the computation on what the queries read, all without Spring. */
class ReportFiguresTest {

  static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

  @Test
  void csvQuotesWhatNeedsQuotingAndDefusesFormulas() {
    assertThat(ReportFigures.escape("Sales")).isEqualTo("Sales");
    assertThat(ReportFigures.escape("R&D, Munich")).isEqualTo("\"R&D, Munich\"");
    assertThat(ReportFigures.escape("the \"new\" team")).isEqualTo("\"the \"\"new\"\" team\"");
    assertThat(ReportFigures.escape("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(ReportFigures.safeText("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(ReportFigures.safeText("-")).isEqualTo("'-");
    assertThat(ReportFigures.safeText("Zoë's team")).isEqualTo("Zoë's team");
    assertThat(ReportFigures.csv(List.of(new Figure("s", "f", "Ä, Ö", "1.000"))))
        .isEqualTo("section,figure,dimension,value\r\ns,f,\"Ä, Ö\",1.000\r\n");
  }

  @Test
  void numbersAreFormattedWithoutLocale() {
    assertThat(ReportFigures.fraction(2.0 / 3)).isEqualTo("0.667");
    assertThat(ReportFigures.decimals(106.1666, 1)).isEqualTo("106.2");
    assertThat(ReportFigures.decimals(null, 2)).isEmpty();
  }

  @Test
  void sessionCountsForEachOfItsTopicsOnceAndDepartmentsAddUpAcrossGroups() {
    assertThat(ProgramReports.topics(" ai-tools, social-media,,ai-tools ")).containsExactly("ai-tools", "social-media");
    assertThat(ProgramReports.topics(null)).isEmpty();

    ReportData data = new ReportData(
        Map.of("SELECTED", 1L, "REJECTED", 2L, "IN_REVIEW", 1L),
        new MentorFunnel(4, 1, 1, 0, 1),
        List.of(new TandemRow("CLOSED", Instant.parse("2026-02-01T09:00:00Z"), Instant.parse("2026-03-01T09:00:00Z"))),
        new SessionCounts(2, 1, 1, 0, 1),
        List.of(new SessionRatings("ai-tools,ai-tools", "Sales", "IT", 1, 4),
            new SessionRatings("ai-tools,social-media", "Sales", null, 2, 6)),
        List.of(new FeedbackRatings("MENTEE", "Sales", 1, 5, 1), new FeedbackRatings("MENTOR", "Sales", 1, 2, 0)),
        List.of(new Span(Instant.parse("2026-01-01T09:00:00Z"), Instant.parse("2026-03-05T10:00:00Z"))));

    ProgramReport report = ProgramReports.compute(data, ReportPeriod.ALL, NOW);

    assertThat(report.applications()).isEqualTo(4);
    assertThat(report.applicationsByStatus()).containsEntry("WITHDRAWN", 0L).containsEntry("REJECTED", 2L);
    assertThat(report.selectionRate()).isEqualTo(ProgramReport.Rate.of(1, 3));
    assertThat(report.sessionRatingByTopic()).containsExactly(new ProgramReport.Average("ai-tools", 3, 10.0 / 3),
        new ProgramReport.Average("social-media", 2, 3.0));
    assertThat(report.sessionRatingByExecutiveDepartment()).containsExactly(new ProgramReport.Average("Sales", 3, 10.0 / 3));
    assertThat(report.sessionRatingByMentorDepartment()).containsExactly(new ProgramReport.Average("(unknown)", 2, 3.0),
        new ProgramReport.Average("IT", 1, 4.0));
    assertThat(report.sessions()).isEqualTo(new ProgramReport.Sessions(2, 1, 1, 0, 0, 1, 1));
    assertThat(report.feedbackResponseRate()).isEqualTo(ProgramReport.Rate.of(1, 2));
    assertThat(report.finalRatingByDepartment()).containsExactly(new ProgramReport.Average("Sales", 2, 3.5));
    assertThat(report.waitlistDays().median()).isEqualTo(28.0);
    assertThat(report.applicationToFirstSessionDays().median()).isCloseTo(63.0417, org.assertj.core.api.Assertions.within(1e-4));
    assertThat(report.funnel()).extracting(ProgramReport.Count::count).containsExactly(4L, 1L, 1L, 1L);
    assertThat(ReportFigures.of(report)).contains(new Figure("sessions", "held rate", "", "1.000"));
    assertThat(report.tandemsByStatus()).isEqualTo(Map.of("KICKOFF", 0L, "ACTIVE", 0L, "CLOSED", 1L, "ENDED_EARLY", 0L));
  }
}
