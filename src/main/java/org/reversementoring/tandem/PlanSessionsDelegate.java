package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.identity.ParticipantDirectory;
import org.reversementoring.identity.ProgramGroup;
import org.springframework.stereotype.Component;

/**
 * "Plan sessions": the agreed number of sessions at the agreed cadence, skip periods left out;
 * the mentor's training supervisor (an account, as for the consent) for the mid-program check-in.
 */
@Component("planTandemSessions")
public class PlanSessionsDelegate implements JavaDelegate {

  private final SessionService sessions;
  private final KickoffService kickoffs;
  private final ParticipantDirectory participants;

  public PlanSessionsDelegate(SessionService sessions, KickoffService kickoffs, ParticipantDirectory participants) {
    this.sessions = sessions;
    this.kickoffs = kickoffs;
    this.participants = participants;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long tandemId = TANDEM_ID.from(execution);
    sessions.planSessions(tandemId);
    SUPERVISOR_USER_ID.set(execution, participants.ensureParticipant(
        kickoffs.supervisorEmail(tandemId), "", "", ProgramGroup.TRAINING_SUPERVISORS));
  }
}
