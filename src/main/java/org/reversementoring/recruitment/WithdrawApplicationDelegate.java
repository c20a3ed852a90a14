package org.reversementoring.recruitment;

import static org.reversementoring.recruitment.RecruitmentVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the withdrawal and drops the free text the process held. */
@Component("withdrawApplication")
public class WithdrawApplicationDelegate implements JavaDelegate {

  private final ApplicationService applications;

  public WithdrawApplicationDelegate(ApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    applications.withdraw((Long) execution.getVariable(APPLICATION_ID));
    execution.removeVariables(java.util.List.of(APPLICATION_SUMMARY, SUPERVISOR_COMMENT, DECISION_REASON));
  }
}
