package org.reversementoring.tandem;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "End tandem early": status ENDED_EARLY with the coordinator's note as the reason; planned sessions cancelled. */
@Component("endTandemEarly")
public class EndTandemEarlyDelegate implements JavaDelegate {

  private final SessionService sessions;

  public EndTandemEarlyDelegate(SessionService sessions) {
    this.sessions = sessions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sessions.endEarly((Long) execution.getVariable(TANDEM_ID), (String) execution.getVariable(FOLLOW_UP_NOTE));
  }
}
