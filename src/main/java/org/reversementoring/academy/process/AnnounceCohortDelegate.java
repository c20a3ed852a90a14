package org.reversementoring.academy.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.academy.AcademyVariables;
import org.springframework.stereotype.Component;

/** Wakes every qualification that waits for a cohort: each tries to enrol again. */
@Component("announceCohort")
public class AnnounceCohortDelegate implements JavaDelegate {

  private final RuntimeService runtime;

  public AnnounceCohortDelegate(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    runtime.createMessageCorrelation(AcademyVariables.COHORT_PLANNED_MESSAGE).correlateAll();
  }
}
