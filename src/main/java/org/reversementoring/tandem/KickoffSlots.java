package org.reversementoring.tandem;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes the kickoff meeting of a tandem: the first weekly slot both mentor and mentee named
 * (e.g. {@code TUE-AM}), from the tandem's start date on and not sooner than the configured
 * notice. Without a shared slot there is no proposal: the program organizers agree a date with
 * both. Plain Java, no Spring, no Camunda.
 */
public final class KickoffSlots {

  /** The proposed meeting and the shared slot it is in. */
  public record Proposal(ZonedDateTime start, ZonedDateTime end, String slot) {
  }

  private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
      DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

  private final TandemProperties properties;

  public KickoffSlots(TandemProperties properties) {
    this.properties = properties;
  }

  /** The first shared slot's meeting, or empty when mentor and mentee share no weekly slot. */
  public Optional<Proposal> propose(LocalDate startsOn, Instant now, List<String> mentorSlots, List<String> menteeSlots) {
    Set<String> shared = new LinkedHashSet<>(menteeSlots == null ? List.of() : menteeSlots);
    shared.retainAll(mentorSlots == null ? List.of() : mentorSlots);
    return shared.isEmpty() ? Optional.empty() : Optional.of(first(earliest(startsOn, now), shared));
  }

  /** The weekly slot a meeting at this time is in, e.g. TUE-AM, if it starts at a slot's time. */
  public Optional<String> slotOf(Instant start) {
    ZonedDateTime local = start.atZone(properties.zone());
    if (!WEEKDAYS.contains(local.getDayOfWeek())) {
      return Optional.empty();
    }
    if (local.toLocalTime().equals(properties.morningStart())) {
      return Optional.of(slotName(local.getDayOfWeek(), true));
    }
    if (local.toLocalTime().equals(properties.afternoonStart())) {
      return Optional.of(slotName(local.getDayOfWeek(), false));
    }
    return Optional.empty();
  }

  /** The earliest kickoff: the tandem's start day, and not sooner than the notice. */
  public ZonedDateTime earliest(LocalDate startsOn, Instant now) {
    ZonedDateTime startOfTandem = startsOn.atStartOfDay(properties.zone());
    ZonedDateTime withNotice = now.plus(properties.kickoffNotice()).atZone(properties.zone());
    return withNotice.isAfter(startOfTandem) ? withNotice : startOfTandem;
  }

  /** The first occurrence of one of the slots at or after {@code earliest}, in date then AM/PM order. */
  private Proposal first(ZonedDateTime earliest, Set<String> slots) {
    LocalDate day = earliest.toLocalDate();
    for (int i = 0; i <= 8; i++, day = day.plusDays(1)) {
      for (boolean morning : new boolean[] {true, false}) {
        String slot = slotName(day.getDayOfWeek(), morning);
        if (!slots.contains(slot)) {
          continue;
        }
        ZonedDateTime start = day.atTime(morning ? properties.morningStart() : properties.afternoonStart())
            .atZone(properties.zone());
        if (!start.isBefore(earliest)) {
          return new Proposal(start, start.plus(properties.kickoffDuration()), slot);
        }
      }
    }
    List<String> unknown = new ArrayList<>(slots);
    throw new IllegalArgumentException("None of these slots is a weekday slot: " + unknown);
  }

  private static String slotName(DayOfWeek day, boolean morning) {
    return day.name().substring(0, 3) + (morning ? "-AM" : "-PM");
  }
}
