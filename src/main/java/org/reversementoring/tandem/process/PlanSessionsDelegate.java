package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.tandem.SessionService;
import org.reversementoring.tandem.TandemParticipants;
import org.springframework.stereotype.Component;

/**
 * "Plan sessions": the agreed number of sessions at the agreed cadence, skip periods left out;
 * the mentor's training supervisor (an account, as for the consent) for the mid-program check-in.
 */
@Component("planTandemSessions")
public class PlanSessionsDelegate implements JavaDelegate {

  private final SessionService sessions;
  private final TandemParticipants participants;

  public PlanSessionsDelegate(SessionService sessions, TandemParticipants participants) {
    this.sessions = sessions;
    this.participants = participants;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long tandemId = TANDEM_ID.from(execution);
    sessions.planSessions(tandemId);
    SUPERVISOR_USER_ID.set(execution, participants.supervisorAccount(tandemId));
  }
}
