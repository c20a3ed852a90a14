package org.reversementoring.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.reversementoring.reporting.ReportPeriod.parse;

import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.reversementoring.reporting.ProgramReport.Average;
import org.reversementoring.reporting.ProgramReport.Count;
import org.reversementoring.reporting.ProgramReport.Rate;
import org.reversementoring.reporting.ProgramReport.Sessions;
import org.reversementoring.support.Postgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The report's SQL on both databases the app runs on, without the app: the schema from the
 * app's migrations, {@link ReportSeed}'s program and its edge cases, {@link ReportQueries} read
 * directly with "now" at {@link ReportSeed#NOW} and days in Europe/Berlin. PostgreSQL must give
 * the report H2 gives for every period (skipped without a reachable server, unless
 * REQUIRE_POSTGRES=true).
 */
class ReportQueriesTest {

  private static final Clock CLOCK = Clock.fixed(ReportSeed.NOW.toInstant(), ZoneId.of("Europe/Berlin"));
  private static final List<ReportPeriod> PERIODS = List.of(ReportPeriod.ALL,
      parse("2026-02-05", "2026-02-06"), parse("2026-05-01", null), parse(null, "2025-12-31"),
      parse("2026-01-01", "2026-03-01"));

  @Test
  void edgeCasesCountAsTheDefinitionsSay() {
    ProgramReport all = reports(seeded(h2())).report(ReportPeriod.ALL);

    // 9 + 3 applications; the unknown status is listed after the known ones
    assertThat(all.applications()).isEqualTo(12);
    assertThat(all.applicationsByStatus()).containsEntry("SELECTED", 5L).containsEntry("WITHDRAWN", 2L);
    assertThat(List.copyOf(all.applicationsByStatus().keySet())).last().isEqualTo("ARCHIVED");
    assertThat(all.selectionRate()).isEqualTo(Rate.of(5, 8));
    assertThat(all.qualificationPassRate()).isEqualTo(Rate.of(3, 4));
    // mentor 9 never applied; 10 was selected by an application, 11 by status
    assertThat(all.funnel()).extracting(Count::count).containsExactly(10L, 6L, 3L, 2L);
    assertThat(all.sessions()).isEqualTo(new Sessions(11, 10, 8, 1, 1, 1, 2));
    // the session without topics changes no topic, but both departments
    assertThat(all.sessionRatingByTopic()).extracting(Average::key, Average::count)
        .containsExactly(tuple("ai-tools", 4L),
            tuple("mobile-devices", 2L),
            tuple("social-media", 3L));
    assertThat(all.sessionRatingByExecutiveDepartment()).contains(new Average("Marketing", 3, 4.0));
    assertThat(all.sessionRatingByMentorDepartment()).first().isEqualTo(new Average("(unknown)", 1, 3.0));
    assertThat(all.applicationToFirstSessionDays().count()).isEqualTo(2);
  }

  @Test
  void aPeriodCountsItsFirstAndLastDayWhole() {
    ProgramReports reports = reports(seeded(h2()));

    ProgramReport twoDays = reports.report(parse("2026-02-05", "2026-02-06"));
    assertThat(twoDays.applications()).isEqualTo(2);
    assertThat(twoDays.funnel()).extracting(Count::count).containsExactly(1L, 1L, 0L, 0L);
    assertThat(twoDays.sessions()).isEqualTo(new Sessions(0, 0, 0, 0, 0, 0, 0));
    // 2026-05-12 21:00 UTC is 23:00 in Berlin
    assertThat(reports.report(parse("2026-05-01", null)).tandemsByStatus()).containsEntry("KICKOFF", 1L)
        .containsEntry("CLOSED", 0L);
    assertThat(reports.report(parse("2026-05-13", null)).tandemsByStatus()).containsEntry("KICKOFF", 0L);
    assertThat(reports.report(parse(null, "2025-12-31")).funnel()).extracting(Count::count)
        .containsExactly(1L, 1L, 1L, 1L);
  }

  @Test
  void postgresGivesTheReportH2Gives() throws SQLException {
    Postgres.requireReachable();
    String database = "rm_report_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Postgres.create(database);
    try {
      ProgramReports onH2 = reports(seeded(h2()));
      ProgramReports onPostgres = reports(seeded(new DriverManagerDataSource(Postgres.url(database),
          Postgres.user(), Postgres.password())));
      for (ReportPeriod period : PERIODS) {
        assertThat(onPostgres.report(period)).as("period %s", period).isEqualTo(onH2.report(period));
      }
    } finally {
      Postgres.drop(database);
    }
  }

  private static DataSource h2() {
    return new DriverManagerDataSource("jdbc:h2:mem:report-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  private static DataSource seeded(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
        .table("app_schema_history").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    ReportSeed.program(jdbc);
    ReportSeed.edgeCases(jdbc);
    return dataSource;
  }

  private static ProgramReports reports(DataSource dataSource) {
    return new ProgramReports(new ReportQueries(new NamedParameterJdbcTemplate(dataSource)), CLOCK);
  }
}
