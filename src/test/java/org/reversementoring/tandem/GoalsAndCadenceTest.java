package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.RejectedInputException;

/** The mentor's goals and cadence, and the mentee's answer: defaults, normalising, every refusal. */
class GoalsAndCadenceTest {

  @Test
  void missingNumbersTakeTheSourceProgramsDefaults() {
    GoalsAndCadence agreed = GoalsAndCadence.of("Plan a trip\nUse an AI assistant", null, null, null, null);
    assertThat(agreed.cadenceWeeks()).isEqualTo(2);
    assertThat(agreed.sessionCount()).isEqualTo(4);
    assertThat(agreed.sessionMinutes()).isEqualTo(60);
    assertThat(agreed.skipPeriods()).isEmpty();
    assertThat(agreed.skipPeriodsText()).isEmpty();
  }

  @Test
  void goalsAreOnePerLineWithoutBulletsOrBlankLinesAndNonAsciiIsFine() {
    GoalsAndCadence agreed = GoalsAndCadence.of("  - Grüße per Sprachnachricht senden\r\n\n* Łódź-Reise planen\n3. Use <AI> & co.\n",
        1, 12, 120, null);
    assertThat(agreed.goals()).containsExactly("Grüße per Sprachnachricht senden", "Łódź-Reise planen", "Use <AI> & co.");
    assertThat(agreed.goalsText()).isEqualTo("Grüße per Sprachnachricht senden\nŁódź-Reise planen\nUse <AI> & co.");
  }

  @Test
  void skipPeriodsAreSortedAndWrittenOnePerLine() {
    GoalsAndCadence agreed = GoalsAndCadence.of("a\nb", 2, 4, 60, "2031-07-28 .. 2031-08-08\n\n 2031-04-14..2031-04-14 ");
    assertThat(agreed.skipPeriods()).containsExactly(
        new GoalsAndCadence.SkipPeriod(LocalDate.of(2031, 4, 14), LocalDate.of(2031, 4, 14)),
        new GoalsAndCadence.SkipPeriod(LocalDate.of(2031, 7, 28), LocalDate.of(2031, 8, 8)));
    assertThat(agreed.skipPeriodsText()).isEqualTo("2031-04-14..2031-04-14\n2031-07-28..2031-08-08");
  }

  @Test
  void goalsAreRefusedWhenThereAreTooFewTooManyTooLongOrTwice() {
    assertRefused(() -> GoalsAndCadence.of(null, 2, 4, 60, null), "goals", "must name 2 to 4 goals");
    assertRefused(() -> GoalsAndCadence.of(" \n ", 2, 4, 60, null), "goals", "must name 2 to 4 goals");
    assertRefused(() -> GoalsAndCadence.of("one", 2, 4, 60, null), "goals", "(found 1)");
    assertRefused(() -> GoalsAndCadence.of("1\n2\n3\n4\n5", 2, 4, 60, null), "goals", "(found 5)");
    assertRefused(() -> GoalsAndCadence.of("short\n" + "x".repeat(301), 2, 4, 60, null), "goals", "at most 300");
    assertRefused(() -> GoalsAndCadence.of("a\n" + "x".repeat(2000), 2, 4, 60, null), "goals", "at most 2000 characters");
    assertRefused(() -> GoalsAndCadence.of("Plan a trip\nplan a TRIP", 2, 4, 60, null), "goals", "twice");
  }

  @Test
  void numbersOutsideTheirRangeAreRefusedAllAtOnce() {
    assertThatThrownBy(() -> GoalsAndCadence.of("a\nb", 0, 13, 29, null))
        .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("cadenceWeeks", "sessionCount", "sessionMinutes"));
    assertRefused(() -> GoalsAndCadence.of("a\nb", 5, 4, 60, null), "cadenceWeeks", "between 1 and 4");
    assertRefused(() -> GoalsAndCadence.of("a\nb", 2, 4, 121, null), "sessionMinutes", "between 30 and 120");
    assertThat(GoalsAndCadence.of("a\nb", 4, 1, 30, null).sessionCount()).isEqualTo(1);
  }

  @Test
  void badSkipPeriodsAreRefusedSayingWhatIsWrong() {
    assertRefused(() -> GoalsAndCadence.of("a\nb", 2, 4, 60, "Easter holidays"), "skipPeriods", "yyyy-mm-dd..yyyy-mm-dd");
    assertRefused(() -> GoalsAndCadence.of("a\nb", 2, 4, 60, "2031-02-30..2031-03-02"), "skipPeriods", "not a real date");
    assertRefused(() -> GoalsAndCadence.of("a\nb", 2, 4, 60, "2031-04-10..2031-04-01"), "skipPeriods", "ends before it begins");
    assertRefused(() -> GoalsAndCadence.of("a\nb", 2, 4, 60, "2031-01-01..2031-12-31"), "skipPeriods", "longer than 92 days");
    assertRefused(() -> GoalsAndCadence.of("a\nb", 2, 4, 60, "2031-04-01..2031-04-10\n2031-04-10..2031-04-12"),
        "skipPeriods", "overlap");
    assertRefused(() -> GoalsAndCadence.of("a\nb", 2, 4, 60, "2031-04-01..2031-04-02\n".repeat(13)), "skipPeriods",
        "at most 12 periods");
    assertRefused(() -> GoalsAndCadence.of("a\nb", 2, 4, 60, "x".repeat(2001)), "skipPeriods", "at most 2000 characters");
  }

  @Test
  void theMenteeConfirmsOrAsksForChangesSayingWhich() {
    assertThat(KickoffAnswer.of("confirm", null)).isEqualTo(new KickoffAnswer(true, null));
    assertThat(KickoffAnswer.of("changes", "  One more goal on payments ")).isEqualTo(
        new KickoffAnswer(false, "One more goal on payments"));
    assertRefused(() -> KickoffAnswer.of(null, null), "kickoffDecision", "must be one of confirm, changes");
    assertRefused(() -> KickoffAnswer.of("changes", " "), "kickoffComment", "must say what the mentor should change");
    assertRefused(() -> KickoffAnswer.of("confirm", "x".repeat(2001)), "kickoffComment", "at most 2000");
  }

  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String message) {
    assertThatThrownBy(call).isInstanceOfSatisfying(RejectedInputException.class, e -> {
      assertThat(e.errors()).hasSize(1);
      assertThat(e.errors().get(0).field()).isEqualTo(field);
      assertThat(e.errors().get(0).message()).contains(message);
    });
  }
}
