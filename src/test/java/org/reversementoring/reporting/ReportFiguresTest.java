package org.reversementoring.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reversementoring.reporting.ReportData.ApplicationRow;
import org.reversementoring.reporting.ReportData.FeedbackRow;
import org.reversementoring.reporting.ReportData.MentorRow;
import org.reversementoring.reporting.ReportData.SessionRow;
import org.reversementoring.reporting.ReportData.TandemRow;
import org.reversementoring.reporting.ReportFigures.Figure;

/** CSV escaping, number formats and the computation on rows, all without Spring. */
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
  void sessionCountsForEachTopicOnceAndCancelledSessionsAreLeftOut() {
    assertThat(ProgramReports.topics(" ai-tools, social-media,,ai-tools ")).containsExactly("ai-tools", "social-media");
    assertThat(ProgramReports.topics(null)).isEmpty();

    Instant created = Instant.parse("2026-03-01T09:00:00Z");
    ReportData data = new ReportData(
        List.of(new ApplicationRow(1, "SELECTED", Instant.parse("2026-01-01T09:00:00Z"))),
        List.of(new MentorRow(1, "QUALIFIED", "IT")),
        List.of(new TandemRow(1, 1, "CLOSED", created, Instant.parse("2026-02-01T09:00:00Z"), "Sales", "IT")),
        List.of(
            new SessionRow(1, 1, "HELD", Instant.parse("2026-03-05T10:00:00Z"),
                Instant.parse("2026-03-05T10:00:00Z"), "ai-tools,ai-tools", 4, "IT"),
            new SessionRow(1, 1, "CANCELLED", Instant.parse("2026-03-12T10:00:00Z"), null, "ai-tools", 1, "IT"),
            new SessionRow(1, 1, "PLANNED", Instant.parse("2026-07-01T10:00:00Z"), null, null, null, "IT")),
        List.of(new FeedbackRow(1, "MENTEE", 5)));

    ProgramReport report = ProgramReports.compute(data, ReportPeriod.ALL, NOW, ZoneId.of("Europe/Berlin"));

    assertThat(report.sessionRatingByTopic()).containsExactly(new ProgramReport.Average("ai-tools", 1, 4.0));
    assertThat(report.sessions()).isEqualTo(new ProgramReport.Sessions(2, 1, 1, 0, 0, 1, 1));
    assertThat(report.feedbackResponseRate()).isEqualTo(ProgramReport.Rate.of(1, 2));
    assertThat(report.finalRatingByDepartment()).containsExactly(new ProgramReport.Average("Sales", 1, 5.0));
    assertThat(report.waitlistDays().median()).isEqualTo(28.0);
    assertThat(report.applicationToFirstSessionDays().median()).isCloseTo(63.0417, org.assertj.core.api.Assertions.within(1e-4));
    assertThat(report.funnel()).extracting(ProgramReport.Count::count).containsExactly(1L, 1L, 1L, 1L);
    assertThat(ReportFigures.of(report)).contains(new Figure("sessions", "held rate", "", "1.000"));
    assertThat(report.tandemsByStatus()).isEqualTo(Map.of("KICKOFF", 0L, "ACTIVE", 0L, "CLOSED", 1L, "ENDED_EARLY", 0L));
  }
}
