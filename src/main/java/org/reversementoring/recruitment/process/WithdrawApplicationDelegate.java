package org.reversementoring.recruitment.process;

import static org.reversementoring.recruitment.RecruitmentVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.common.ProcessVariable;
import org.reversementoring.recruitment.ApplicationService;
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
    applications.withdraw(APPLICATION_ID.from(execution));
    execution.removeVariables(ProcessVariable.names(List.of(APPLICATION_SUMMARY, SUPERVISOR_COMMENT, DECISION_REASON)));
  }
}
