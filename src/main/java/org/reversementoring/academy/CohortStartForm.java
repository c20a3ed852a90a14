package org.reversementoring.academy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reversementoring.common.EnteredDateTime;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.RejectedInputException;

/**
 * What a coordinator enters on the start form of {@code plan-academy-cohort}; field names are the
 * form's keys. Unlike a {@link CohortPlan} it gives one start and a spacing: the configured
 * modules follow one another every {@code daysBetweenModules} days from {@code firstModuleStart},
 * each at the same time of day in UTC. Every refusal names a field of this form.
 *
 * @param firstModuleStart a date and time with an offset (2027-03-01T09:00+01:00), or a local one
 *                         (2027-03-01T09:00) meant in the program's zone
 * @param daysBetweenModules 1 to 60
 */
public record CohortStartForm(
    String cohortName,
    String cohortLocation,
    String trainerName,
    String trainerEmail,
    Integer capacity,
    String firstModuleStart,
    Integer daysBetweenModules) {

  static final int MIN_DAYS_BETWEEN_MODULES = 1;
  static final int MAX_DAYS_BETWEEN_MODULES = 60;

  /** The start form's keys for the fields of {@link CohortPlan}. */
  private static final Map<String, String> FORM_FIELDS = Map.of("name", "cohortName",
      "location", "cohortLocation", "trainerName", "trainerName", "trainerEmail", "trainerEmail",
      "capacity", "capacity", CohortPlan.MODULE_STARTS, "firstModuleStart");

  /**
   * The plan with one start per configured module. Refuses a spacing out of range ({@code
   * daysBetweenModules}) and a missing or unreadable first start ({@code firstModuleStart});
   * everything else is checked by {@link CohortPlanning#plan(CohortPlan)}.
   *
   * @param zone the program's zone, where a local first start is meant
   */
  CohortPlan toPlan(List<AcademyModule> modules, ZoneId zone) {
    if (daysBetweenModules == null || daysBetweenModules < MIN_DAYS_BETWEEN_MODULES
        || daysBetweenModules > MAX_DAYS_BETWEEN_MODULES) {
      throw new RejectedInputException("daysBetweenModules",
          "must be between " + MIN_DAYS_BETWEEN_MODULES + " and " + MAX_DAYS_BETWEEN_MODULES);
    }
    ZonedDateTime first = firstStart(zone);
    Map<String, Instant> starts = new LinkedHashMap<>();
    for (int i = 0; i < modules.size(); i++) {
      // calendar days in the program's zone: a module keeps its local time across summer time
      starts.put(modules.get(i).key(), first.plusDays((long) i * daysBetweenModules).toInstant());
    }
    return new CohortPlan(cohortName, cohortLocation, trainerName, trainerEmail, capacity, starts);
  }

  /**
   * The refusal of the plan made from this form, naming the form's fields: a refused module date
   * ({@code moduleStarts.<module key>}) is a refused {@code firstModuleStart}, reported once per
   * message.
   */
  static RejectedInputException inFormTerms(RejectedInputException refused) {
    return new RejectedInputException(refused.errors().stream()
        .map(error -> new FieldError(FORM_FIELDS.getOrDefault(error.field().replaceAll("\\..*", ""), error.field()),
            error.message()))
        .distinct().toList());
  }

  private ZonedDateTime firstStart(ZoneId zone) {
    return EnteredDateTime.parse("firstModuleStart", firstModuleStart, zone);
  }
}
