package org.reversementoring.academy.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.academy.AcademyVariables;
import org.reversementoring.recruitment.ApplicationService;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** Records the verdict named by the BPMN field {@code outcome}: QUALIFIED or NOT_QUALIFIED. */
@Component("markQualification")
@Scope("prototype")
public class MarkQualificationDelegate implements JavaDelegate {

  private final ApplicationService applications;
  private Expression outcome;

  public MarkQualificationDelegate(ApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    applications.recordQualification(AcademyVariables.APPLICATION_ID.from(execution),
        "QUALIFIED".equals(outcome.getValue(execution)));
  }
}
