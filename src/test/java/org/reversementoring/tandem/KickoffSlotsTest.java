package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reversementoring.tandem.KickoffSlots.Proposal;

/** The kickoff proposal: first shared weekly slot from the start date on; none without one. */
class KickoffSlotsTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** Monday 3 March 2031, 10:00 in Berlin. */
  private static final Instant NOW = Instant.parse("2031-03-03T09:00:00Z");
  /** Monday 10 March 2031. */
  private static final LocalDate MONDAY = LocalDate.of(2031, 3, 10);

  private final KickoffSlots slots = new KickoffSlots(TandemProperties.defaults());

  @Test
  void firstSharedSlotOnOrAfterTheStartDate() {
    Proposal proposal = slots.propose(MONDAY, NOW, List.of("THU-PM", "TUE-AM", "MON-PM"), List.of("THU-PM", "TUE-AM"))
        .orElseThrow();
    assertThat(proposal.slot()).isEqualTo("TUE-AM");
    assertThat(proposal.start()).isEqualTo(at(2031, 3, 11, 10, 0));
    assertThat(proposal.end()).isEqualTo(at(2031, 3, 11, 11, 0));
  }

  @Test
  void theStartDayItselfCountsAndTheAfternoonComesAfterTheMorning() {
    assertThat(slots.propose(MONDAY, NOW, List.of("MON-PM", "MON-AM"), List.of("MON-PM", "MON-AM")).orElseThrow().start())
        .isEqualTo(at(2031, 3, 10, 10, 0));
    assertThat(slots.propose(MONDAY, NOW, List.of("MON-PM", "WED-AM"), List.of("WED-AM", "MON-PM")).orElseThrow().start())
        .isEqualTo(at(2031, 3, 10, 14, 0));
  }

  @Test
  void aSlotInTheWeekBeforeTheStartIsTakenInTheWeekAfter() {
    // Friday slot, tandem starts on a Saturday: the next Friday
    Proposal proposal = slots.propose(LocalDate.of(2031, 3, 15), NOW, List.of("FRI-AM"), List.of("FRI-AM")).orElseThrow();
    assertThat(proposal.start()).isEqualTo(at(2031, 3, 21, 10, 0));
  }

  @Test
  void aStartDateInThePastGivesAKickoffAtLeastTwoDaysAhead() {
    // formed on Monday 10:00 for a tandem that started last week: Wednesday 10:00 is exactly two days ahead
    Proposal proposal = slots.propose(LocalDate.of(2031, 2, 24), NOW, List.of("MON-AM", "WED-AM"), List.of("MON-AM", "WED-AM")).orElseThrow();
    assertThat(proposal.start()).isEqualTo(at(2031, 3, 5, 10, 0));
    Proposal tuesdayOnly = slots.propose(LocalDate.of(2031, 2, 24), NOW, List.of("TUE-AM"), List.of("TUE-AM")).orElseThrow();
    assertThat(tuesdayOnly.start()).as("Tuesday is too soon, the next one").isEqualTo(at(2031, 3, 11, 10, 0));
  }

  @Test
  void withoutASharedSlotThereIsNoProposalTheOrganizersAgreeADate() {
    assertThat(slots.propose(MONDAY, NOW, List.of("MON-AM"), List.of("FRI-PM", "WED-PM"))).isEmpty();
    assertThat(slots.propose(MONDAY, NOW, List.of("THU-AM"), List.of())).isEmpty();
    assertThat(slots.propose(MONDAY, NOW, null, null)).isEmpty();
  }

  @Test
  void theEarliestKickoffIsTheStartDayWithNotice() {
    assertThat(slots.earliest(MONDAY, NOW)).isEqualTo(MONDAY.atStartOfDay(BERLIN));
    assertThat(slots.earliest(LocalDate.of(2031, 2, 24), NOW)).as("two days ahead").isEqualTo(at(2031, 3, 5, 10, 0));
  }

  @Test
  void timesAreBerlinTimeAcrossTheChangeToSummerTime() {
    // summer time begins on Sunday 30 March 2031: 10:00 Berlin is 08:00 UTC on the Monday after
    Proposal proposal = slots.propose(LocalDate.of(2031, 3, 29), NOW, List.of("MON-AM"), List.of("MON-AM")).orElseThrow();
    assertThat(proposal.start().toInstant()).isEqualTo(Instant.parse("2031-03-31T08:00:00Z"));
  }

  @Test
  void configuredTimesAndDurationAreUsed() {
    KickoffSlots custom = new KickoffSlots(new TandemProperties(BERLIN, LocalTime.of(9, 30), LocalTime.of(13, 0),
        Duration.ofMinutes(90), Duration.ZERO));
    Proposal proposal = custom.propose(MONDAY, NOW, List.of("TUE-PM"), List.of("TUE-PM")).orElseThrow();
    assertThat(proposal.start()).isEqualTo(at(2031, 3, 11, 13, 0));
    assertThat(proposal.end()).isEqualTo(at(2031, 3, 11, 14, 30));
  }

  @Test
  void theSlotOfAPlannedKickoff() {
    assertThat(slots.slotOf(at(2031, 3, 11, 10, 0).toInstant())).contains("TUE-AM");
    assertThat(slots.slotOf(at(2031, 3, 14, 14, 0).toInstant())).contains("FRI-PM");
    assertThat(slots.slotOf(at(2031, 3, 14, 15, 0).toInstant())).isEmpty();
    assertThat(slots.slotOf(at(2031, 3, 15, 10, 0).toInstant())).as("Saturday").isEmpty();
  }

  private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BERLIN);
  }
}
