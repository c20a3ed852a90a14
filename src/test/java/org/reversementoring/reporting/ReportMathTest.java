package org.reversementoring.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reversementoring.reporting.ProgramReport.Average;
import org.reversementoring.reporting.ProgramReport.Rate;
import org.reversementoring.reporting.ReportMath.Tally;

/** The report's arithmetic without Spring. */
class ReportMathTest {

  @Test
  void medianOfOddAndEvenCountsAndOfNothing() {
    assertThat(ReportMath.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
    assertThat(ReportMath.median(List.of(4.0, 1.0, 3.0, 10.0))).isEqualTo(3.5);
    assertThat(ReportMath.median(List.of(7.0))).isEqualTo(7.0);
    assertThat(ReportMath.median(List.of())).isNull();
  }

  @Test
  void meanOfNumbersAndOfNothing() {
    assertThat(ReportMath.mean(List.of(5, 3, 2))).isCloseTo(10.0 / 3, within(1e-12));
    assertThat(ReportMath.mean(List.of(1.5, 2.5))).isEqualTo(2.0);
    assertThat(ReportMath.mean(List.of())).isNull();
  }

  @Test
  void daysAreFractional() {
    Instant start = Instant.parse("2026-02-10T09:00:00Z");
    assertThat(ReportMath.daysBetween(start, Instant.parse("2026-05-12T21:00:00Z"))).isEqualTo(91.5);
    assertThat(ReportMath.daysBetween(start, start)).isZero();
    assertThat(ReportMath.days(List.of(38.0, 91.5, 40.0, 55.0, 50.0)))
        .isEqualTo(new ProgramReport.Days(5, 50.0, 54.9));
    assertThat(ReportMath.days(List.of())).isEqualTo(new ProgramReport.Days(0, null, null));
  }

  @Test
  void averagesPerKeyInKeyOrder() {
    assertThat(ReportMath.averages(Map.of("social-media", new Tally(3, 14), "ai-tools", new Tally(1, 2),
        "empty", new Tally(0, 0))))
        .containsExactly(new Average("ai-tools", 1, 2.0), new Average("social-media", 3, 14.0 / 3));
  }

  @Test
  void talliesAddUp() {
    assertThat(new Tally(2, 9).plus(new Tally(1, 3))).isEqualTo(new Tally(3, 12));
  }

  @Test
  void rateWithoutDenominatorHasNoValue() {
    assertThat(Rate.of(3, 4)).isEqualTo(new Rate(3, 4, 0.75));
    assertThat(Rate.of(0, 0).value()).isNull();
  }
}
