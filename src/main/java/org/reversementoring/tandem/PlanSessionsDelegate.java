package org.reversementoring.tandem;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Plan sessions": the agreed number of sessions at the agreed cadence, skip periods left out. */
@Component("planTandemSessions")
public class PlanSessionsDelegate implements JavaDelegate {

  private final SessionService sessions;

  public PlanSessionsDelegate(SessionService sessions) {
    this.sessions = sessions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sessions.planSessions((Long) execution.getVariable(TandemVariables.TANDEM_ID));
  }
}
