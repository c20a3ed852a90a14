package org.reversementoring.tandem;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Plan kickoff at first shared slot": stores the kickoff time and names who works the kickoff tasks. */
@Component("planTandemKickoff")
public class PlanKickoffDelegate implements JavaDelegate {

  private final KickoffService kickoffs;

  public PlanKickoffDelegate(KickoffService kickoffs) {
    this.kickoffs = kickoffs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    KickoffService.KickoffPlan plan = kickoffs.plan((Long) execution.getVariable(TANDEM_ID),
        execution.getProcessInstanceId());
    execution.setVariable(MENTOR_USER_ID, plan.mentorUserId());
    execution.setVariable(MENTEE_USER_ID, plan.menteeUserId());
  }
}
