package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.tandem.KickoffService;
import org.springframework.stereotype.Component;

/**
 * "Plan kickoff at first shared slot": stores the kickoff time, or says there is no shared slot
 * (the organizers then agree a date), and names who works the kickoff tasks.
 */
@Component("planTandemKickoff")
public class PlanKickoffDelegate implements JavaDelegate {

  private final KickoffService kickoffs;

  public PlanKickoffDelegate(KickoffService kickoffs) {
    this.kickoffs = kickoffs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    KickoffService.KickoffPlan plan = kickoffs.plan(TANDEM_ID.from(execution), execution.getProcessInstanceId());
    MENTOR_USER_ID.set(execution, plan.mentorUserId());
    MENTEE_USER_ID.set(execution, plan.menteeUserId());
    SHARED_SLOT.set(execution, plan.sharedSlot());
  }
}
