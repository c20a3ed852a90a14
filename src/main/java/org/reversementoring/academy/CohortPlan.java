package org.reversementoring.academy;

import jakarta.validation.constraints.Email;
import org.reversementoring.common.EmailAddress;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reversementoring.common.FieldError;

/**
 * What a coordinator enters to plan a cohort; field names are the start form's keys. A module's
 * end follows from its configured duration.
 *
 * @param moduleStarts when each configured module starts, by module key; a refused date is
 *                     reported as field {@code moduleStarts.<module key>}
 */
public record CohortPlan(
    @NotBlank(message = "must not be empty") @Size(max = 100, message = "must be at most 100 characters")
    String name,
    @NotBlank(message = "must not be empty") @Size(max = 300, message = "must be at most 300 characters")
    String location,
    @NotBlank(message = "must not be empty") @Size(max = 100, message = "must be at most 100 characters")
    String trainerName,
    @NotBlank(message = "must not be empty") @Size(max = 254, message = "must be at most 254 characters")
    @Email(regexp = EmailAddress.PATTERN, message = "must be a valid email address")
    String trainerEmail,
    @NotNull(message = "must be given") @Min(value = 1, message = "must be between 1 and 100")
    @Max(value = 100, message = "must be between 1 and 100")
    Integer capacity,
    @NotNull(message = "must be given")
    Map<String, Instant> moduleStarts) {


  static final String MODULE_STARTS = "moduleStarts";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

  /**
   * The module dates against the configured modules: one start per module, each in the future,
   * each module starting after the one before it has ended (touching is fine).
   */
  List<FieldError> scheduleErrors(List<AcademyModule> modules, Clock clock) {
    List<FieldError> errors = new ArrayList<>();
    List<String> keys = modules.stream().map(AcademyModule::key).toList();
    moduleStarts.keySet().stream().filter(key -> !keys.contains(key)).sorted().findFirst()
        .ifPresent(key -> errors.add(new FieldError(MODULE_STARTS, "unknown module '" + key
            + "'; the modules are " + String.join(", ", keys))));
    Instant now = clock.instant();
    AcademyModule previous = null;
    Instant previousEnd = null;
    for (AcademyModule module : modules) {
      String field = MODULE_STARTS + "." + module.key();
      Instant start = moduleStarts.get(module.key());
      if (start == null) {
        errors.add(new FieldError(field, "must be given"));
        continue;
      }
      if (!start.isAfter(now)) {
        errors.add(new FieldError(field, "must be in the future"));
      } else if (previousEnd != null && start.isBefore(previousEnd)) {
        errors.add(new FieldError(field, "must start after '" + previous.name() + "' ends ("
            + WHEN.withZone(clock.getZone()).format(previousEnd) + ")"));
      }
      previous = module;
      previousEnd = start.plus(module.duration());
    }
    return errors;
  }
}
