package org.reversementoring.academy.process;

import static org.reversementoring.academy.AcademyVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.academy.AcademyCohort;
import org.reversementoring.academy.CohortPlanning;
import org.reversementoring.academy.CohortStartForm;
import org.reversementoring.common.VariableValues;
import org.springframework.stereotype.Component;

/**
 * Creates the cohort from the start form, in the start transaction: a refused plan leaves no
 * instance and no cohort. The form is read leniently (a number may come as a text), refusing a
 * bad value by name.
 */
@Component("createCohort")
public class CreateCohortDelegate implements JavaDelegate {

  private final CohortPlanning planning;

  public CreateCohortDelegate(CohortPlanning planning) {
    this.planning = planning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableValues form = new VariableValues(execution.getVariables());
    AcademyCohort cohort = planning.plan(new CohortStartForm(form.text(COHORT_NAME.name()),
        form.text(COHORT_LOCATION.name()), form.text(TRAINER_NAME.name()), form.text(TRAINER_EMAIL.name()),
        form.wholeNumber(CAPACITY.name()), form.text(FIRST_MODULE_START.name()),
        form.wholeNumber(DAYS_BETWEEN_MODULES.name())));
    execution.setProcessBusinessKey(cohort.getName());
    COHORT_ID.set(execution, cohort.getId());
  }
}
