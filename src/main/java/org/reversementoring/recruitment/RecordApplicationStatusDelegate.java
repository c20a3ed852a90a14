package org.reversementoring.recruitment;

import static org.reversementoring.recruitment.RecruitmentVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
    long applicationId = (Long) execution.getVariable(APPLICATION_ID);
    String reason = (String) execution.getVariable(DECISION_REASON);
    applications.changeStatus(applicationId, target, reason)
        .ifPresent(position -> execution.setVariable(WAITLIST_POSITION, position));
  }
}
