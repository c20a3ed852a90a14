package org.reversementoring.recruitment.process;

import static org.reversementoring.recruitment.RecruitmentVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.ApplicationStatus;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** Moves the application to the status named by the BPMN field {@code status}. */
@Component("recordApplicationStatus")
@Scope("prototype")
public class RecordApplicationStatusDelegate implements JavaDelegate {

  private final ApplicationService applications;
  private Expression status;

  public RecordApplicationStatusDelegate(ApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ApplicationStatus target = ApplicationStatus.valueOf(String.valueOf(status.getValue(execution)));
    applications.changeStatus(APPLICATION_ID.from(execution), target, DECISION_REASON.optionalFrom(execution).orElse(null))
        .ifPresent(position -> WAITLIST_POSITION.set(execution, position));
  }
}
