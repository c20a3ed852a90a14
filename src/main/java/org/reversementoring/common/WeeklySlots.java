package org.reversementoring.common;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Weekly half-day availability slots such as {@code TUE-AM}, as both start forms offer them. */
public final class WeeklySlots {

  public static final String SLOT_PATTERN = "(MON|TUE|WED|THU|FRI)-(AM|PM)";

  private static final Pattern SLOT = Pattern.compile(SLOT_PATTERN);

  private WeeklySlots() {
  }

  /** The refusal for a list of slots, naming the field; empty when all slots are known and unique. */
  public static Optional<FieldError> check(String field, List<String> slots) {
    if (slots == null) {
      return Optional.empty();
    }
    for (String slot : slots) {
      if (slot == null || !SLOT.matcher(slot).matches()) {
        return Optional.of(new FieldError(field, "unknown slot '" + slot
            + "'; slots look like MON-AM or FRI-PM (Monday to Friday, morning or afternoon)"));
      }
    }
    if (slots.stream().distinct().count() != slots.size()) {
      return Optional.of(new FieldError(field, "names a slot twice"));
    }
    return Optional.empty();
  }
}
