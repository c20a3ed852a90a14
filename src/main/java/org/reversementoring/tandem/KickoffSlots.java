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
 * notice. Without a shared slot it takes the mentee's first slot (executives' calendars are
 * harder to move), without any slot of the mentee the mentor's, and without any slot at all the
 * first weekday morning. Plain Java, no Spring, no Camunda.
 */
public final class KickoffSlots {

  /** Where the proposal came from; the kickoff mail says so when it is not a shared slot. */
  public enum Basis { SHARED_SLOT, MENTEE_SLOT, MENTOR_SLOT, NO_SLOT }

  /** The proposed meeting, the slot it is in and why that one. */
  public record Proposal(ZonedDateTime start, ZonedDateTime end, String slot, Basis basis) {

    public boolean shared() {
      return basis == Basis.SHARED_SLOT;
    }
  }

  private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
      DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

  private final TandemProperties properties;

  public KickoffSlots(TandemProperties properties) {
    this.properties = properties;
  }

  public Proposal propose(LocalDate startsOn, Instant now, List<String> mentorSlots, List<String> menteeSlots) {
    List<String> mentor = mentorSlots == null ? List.of() : mentorSlots;
    List<String> mentee = menteeSlots == null ? List.of() : menteeSlots;
    Set<String> shared = new LinkedHashSet<>(mentee);
    shared.retainAll(mentor);
    ZonedDateTime earliest = earliest(startsOn, now);
    if (!shared.isEmpty()) {
      return first(earliest, shared, Basis.SHARED_SLOT);
    }
    if (!mentee.isEmpty()) {
      return first(earliest, Set.copyOf(mentee), Basis.MENTEE_SLOT);
    }
    if (!mentor.isEmpty()) {
      return first(earliest, Set.copyOf(mentor), Basis.MENTOR_SLOT);
    }
    Set<String> mornings = new LinkedHashSet<>();
    WEEKDAYS.forEach(day -> mornings.add(slotName(day, true)));
    return first(earliest, mornings, Basis.NO_SLOT);
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

  private ZonedDateTime earliest(LocalDate startsOn, Instant now) {
    ZonedDateTime startOfTandem = startsOn.atStartOfDay(properties.zone());
    ZonedDateTime withNotice = now.plus(properties.kickoffNotice()).atZone(properties.zone());
    return withNotice.isAfter(startOfTandem) ? withNotice : startOfTandem;
  }

  /** The first occurrence of one of the slots at or after {@code earliest}, in date then AM/PM order. */
  private Proposal first(ZonedDateTime earliest, Set<String> slots, Basis basis) {
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
          return new Proposal(start, start.plus(properties.kickoffDuration()), slot, basis);
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
