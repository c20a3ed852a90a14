package org.reversementoring.academy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.reversementoring.common.EmailAddress;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.InputValidator;
import org.reversementoring.common.RejectedInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coordinators plan Academy cohorts. Knows nothing of Camunda. */
@Service
@Transactional
public class CohortPlanning {

  private final AcademyCohortRepository cohorts;
  private final AcademyModules academy;
  private final InputValidator validator;
  private final Clock clock;

  public CohortPlanning(AcademyCohortRepository cohorts, AcademyModules academy,
      InputValidator validator, Clock clock) {
    this.cohorts = cohorts;
    this.academy = academy;
    this.validator = validator;
    this.clock = clock;
  }

  /**
   * Validates and stores a cohort with one date per offered module, no seat taken. Refuses,
   * naming the field, bad input, dates in the past or out of order, and a name already used
   * (ignoring case); then nothing is stored.
   */
  public AcademyCohort plan(CohortPlan plan) {
    validator.validate(plan);
    List<AcademyModule> modules = academy.offered();
    List<FieldError> errors = new ArrayList<>(plan.scheduleErrors(modules, clock));
    String name = plan.name().strip();
    if (cohorts.existsByNameIgnoreCase(name)) {
      errors.add(new FieldError("name", "a cohort with this name exists already"));
    }
    if (!errors.isEmpty()) {
      throw new RejectedInputException(errors);
    }
    AcademyCohort cohort = new AcademyCohort(name, plan.location().strip(),
        plan.trainerName().strip(), EmailAddress.normalized(plan.trainerEmail()), plan.capacity(), clock.instant());
    for (AcademyModule module : modules) {
      Instant start = plan.moduleStarts().get(module.key());
      cohort.addModule(module.key(), start, start.plus(module.duration()));
    }
    return cohorts.save(cohort);
  }

  /**
   * Plans the cohort a coordinator entered on the start form of {@code plan-academy-cohort}: the
   * modules every {@code daysBetweenModules} days, a local first start in the program's zone (the
   * clock's). Refuses as {@link #plan(CohortPlan)} does, naming the form's fields.
   */
  public AcademyCohort plan(CohortStartForm form) {
    CohortPlan plan = form.toPlan(academy.offered(), clock.getZone());
    try {
      return plan(plan);
    } catch (RejectedInputException refused) {
      throw CohortStartForm.inFormTerms(refused);
    }
  }

  @Transactional(readOnly = true)
  public AcademyCohort find(long cohortId) {
    return cohorts.findById(cohortId)
        .orElseThrow(() -> new IllegalArgumentException("No Academy cohort " + cohortId));
  }
}
