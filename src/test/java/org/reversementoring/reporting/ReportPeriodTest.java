package org.reversementoring.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.RejectedInputException;

/** The period's parsing and its whole days in Europe/Berlin. */
class ReportPeriodTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void bothEndsAreOptional() {
    assertThat(ReportPeriod.parse(null, " ")).isEqualTo(ReportPeriod.ALL);
    assertThat(ReportPeriod.parse("2026-01-01", null))
        .isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), null));
    assertThat(ReportPeriod.ALL.start(BERLIN)).isNull();
    assertThat(ReportPeriod.ALL.end(BERLIN)).isNull();
  }

  @Test
  void refusesNamingTheParameter() {
    assertThatThrownBy(() -> ReportPeriod.parse("01.03.2026", null))
        .isInstanceOf(RejectedInputException.class)
        .hasMessage("from: must be a date like 2026-01-31");
    assertThatThrownBy(() -> ReportPeriod.parse(null, "2026-02-30"))
        .hasMessage("to: must be a date like 2026-01-31");
    assertThatThrownBy(() -> ReportPeriod.parse("2026-03-02", "2026-03-01"))
        .hasMessage("to: must not be before from");
    assertThatThrownBy(() -> ReportPeriod.parse("1899-12-31", null))
        .hasMessage("from: must be a date from 1900 to 2999");
    assertThatThrownBy(() -> ReportPeriod.parse(null, "+300000-01-01"))
        .hasMessage("to: must be a date from 1900 to 2999");
    assertThat(ReportPeriod.parse("1900-01-01", "2999-12-31").end(BERLIN)).isEqualTo("2999-12-31T23:00:00Z");
    assertThat(ReportPeriod.parse("2026-03-01", "2026-03-01").from()).isEqualTo("2026-03-01");
  }

  @Test
  void daysAreWholeDaysInBerlinWithBothEndsIncluded() {
    ReportPeriod march = ReportPeriod.parse("2026-03-01", "2026-03-31");
    // Berlin is UTC+1 until 29 March, UTC+2 after
    assertThat(march.start(BERLIN)).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
    assertThat(march.end(BERLIN)).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
  }
}
