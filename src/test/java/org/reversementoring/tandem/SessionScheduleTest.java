package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reversementoring.tandem.GoalsAndCadence.SkipPeriod;

/** The session plan: one cadence after the kickoff, every cadence, skip periods left out. */
class SessionScheduleTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** Tuesday 11 March 2031, 10:00 in Berlin. */
  private static final ZonedDateTime KICKOFF = ZonedDateTime.of(2031, 3, 11, 10, 0, 0, 0, BERLIN);

  @Test
  void firstSessionOneCadenceAfterTheKickoffThenEveryCadenceAtTheSameLocalTime() {
    List<ZonedDateTime> plan = SessionSchedule.plan(KICKOFF, 2, 4, List.of());
    assertThat(plan).containsExactly(at(2031, 3, 25), at(2031, 4, 8), at(2031, 4, 22), at(2031, 5, 6));
    assertThat(plan.get(0).toInstant()).as("10:00 in Berlin is 09:00 UTC before summer time")
        .isEqualTo(java.time.Instant.parse("2031-03-25T09:00:00Z"));
    assertThat(plan.get(1).toInstant()).as("and 08:00 UTC after it").isEqualTo(java.time.Instant.parse("2031-04-08T08:00:00Z"));
  }

  @Test
  void aDateInsideASkipPeriodMovesToTheFirstCadenceDateAfterIt() {
    List<SkipPeriod> skip = List.of(new SkipPeriod(LocalDate.of(2031, 4, 7), LocalDate.of(2031, 4, 18)));
    assertThat(SessionSchedule.plan(KICKOFF, 2, 3, skip))
        .containsExactly(at(2031, 3, 25), at(2031, 4, 22), at(2031, 5, 6));
  }

  @Test
  void periodBoundariesAreIncludedAndSeveralPeriodsInARowAreSkipped() {
    List<SkipPeriod> skip = List.of(new SkipPeriod(LocalDate.of(2031, 3, 18), LocalDate.of(2031, 3, 18)),
        new SkipPeriod(LocalDate.of(2031, 3, 20), LocalDate.of(2031, 3, 25)));
    assertThat(SessionSchedule.plan(KICKOFF, 1, 2, skip)).containsExactly(at(2031, 4, 1), at(2031, 4, 8));
  }

  @Test
  void noSessionsAndBadInput() {
    assertThat(SessionSchedule.plan(KICKOFF, 2, 0, List.of())).isEmpty();
    assertThatThrownBy(() -> SessionSchedule.plan(KICKOFF, 0, 2, List.of())).isInstanceOf(IllegalArgumentException.class);
    List<SkipPeriod> forever = List.of(new SkipPeriod(LocalDate.of(2031, 1, 1), LocalDate.of(2099, 1, 1)));
    assertThatThrownBy(() -> SessionSchedule.plan(KICKOFF, 1, 1, forever)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void parsesTheStoredSkipPeriods() {
    assertThat(SessionSchedule.parse(null)).isEmpty();
    assertThat(SessionSchedule.parse("")).isEmpty();
    assertThat(SessionSchedule.parse("2031-03-31..2031-04-04\n2031-04-14 .. 2031-04-25\n")).containsExactly(
        new SkipPeriod(LocalDate.of(2031, 3, 31), LocalDate.of(2031, 4, 4)),
        new SkipPeriod(LocalDate.of(2031, 4, 14), LocalDate.of(2031, 4, 25)));
    assertThatThrownBy(() -> SessionSchedule.parse("2031-03-31")).isInstanceOf(IllegalArgumentException.class);
  }

  private static ZonedDateTime at(int year, int month, int day) {
    return ZonedDateTime.of(year, month, day, 10, 0, 0, 0, BERLIN);
  }
}
