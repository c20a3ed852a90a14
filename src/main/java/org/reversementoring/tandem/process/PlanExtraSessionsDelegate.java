package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.common.VariableValues;
import org.reversementoring.tandem.SessionService;
import org.springframework.stereotype.Component;

/**
 * "Plan extra sessions": the tandem was extended at closing by {@code extraSessions} sessions, as
 * the coordinator submitted them there (read by name, a number may come as a text).
 */
@Component("planExtraSessions")
public class PlanExtraSessionsDelegate implements JavaDelegate {

  private final SessionService sessions;

  public PlanExtraSessionsDelegate(SessionService sessions) {
    this.sessions = sessions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sessions.planExtraSessions(TANDEM_ID.from(execution),
        new VariableValues(execution.getVariables()).wholeNumber(EXTRA_SESSIONS.name()));
  }
}
