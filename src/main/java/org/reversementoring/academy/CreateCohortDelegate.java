package org.reversementoring.academy;

import static org.reversementoring.academy.AcademyVariables.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.common.VariableValues;
import org.springframework.stereotype.Component;

/**
 * Creates the cohort from the start form, in the start transaction: a refused plan leaves no
 * instance and no cohort. The modules follow one another every {@code daysBetweenModules} days.
 */
@Component("createCohort")
public class CreateCohortDelegate implements JavaDelegate {

  /** The start form's keys for the fields of {@link CohortPlan}. */
  private static final Map<String, String> FORM_FIELDS = Map.of("name", COHORT_NAME,
      "location", COHORT_LOCATION, "trainerName", TRAINER_NAME, "trainerEmail", TRAINER_EMAIL,
      "capacity", CAPACITY, "moduleStarts", FIRST_MODULE_START);

  private final CohortPlanning planning;
  private final AcademyProperties academy;
  private final ProgramProperties program;

  public CreateCohortDelegate(CohortPlanning planning, AcademyProperties academy, ProgramProperties program) {
    this.planning = planning;
    this.academy = academy;
    this.program = program;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableValues form = new VariableValues(execution.getVariables());
    Integer days = form.wholeNumber(DAYS_BETWEEN_MODULES);
    if (days == null || days < 1 || days > 60) {
      throw new RejectedInputException(DAYS_BETWEEN_MODULES, "must be between 1 and 60");
    }
    Instant first = firstStart(form.text(FIRST_MODULE_START));
    Map<String, Instant> starts = new LinkedHashMap<>();
    for (int i = 0; i < academy.modules().size(); i++) {
      starts.put(academy.modules().get(i).key(), first.plus(Duration.ofDays((long) i * days)));
    }
    AcademyCohort cohort;
    try {
      cohort = planning.plan(new CohortPlan(form.text(COHORT_NAME), form.text(COHORT_LOCATION),
          form.text(TRAINER_NAME), form.text(TRAINER_EMAIL), form.wholeNumber(CAPACITY), starts));
    } catch (RejectedInputException refused) {
      throw new RejectedInputException(refused.errors().stream()
          .map(error -> new FieldError(FORM_FIELDS.getOrDefault(error.field().replaceAll("\\..*", ""), error.field()),
              error.message())).distinct().toList());
    }
    execution.setProcessBusinessKey(cohort.getName());
    execution.setVariable(COHORT_ID, cohort.getId());
  }

  /** With an offset as given, else a local time in the program's zone. */
  private Instant firstStart(String value) {
    if (value == null || value.isBlank()) {
      throw new RejectedInputException(FIRST_MODULE_START, "must not be empty");
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(value).atZone(program.zone()).toInstant();
      } catch (DateTimeParseException e) {
        throw new RejectedInputException(FIRST_MODULE_START, "must be a date and time like 2027-03-01T09:00");
      }
    }
  }
}
