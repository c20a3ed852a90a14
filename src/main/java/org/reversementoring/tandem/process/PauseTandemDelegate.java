package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.tandem.SessionService;
import org.springframework.stereotype.Component;

/** "Postpone later sessions": the sessions after the silent one move by {@code pauseWeeks} weeks. */
@Component("pauseTandem")
public class PauseTandemDelegate implements JavaDelegate {

  private final SessionService sessions;

  public PauseTandemDelegate(SessionService sessions) {
    this.sessions = sessions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sessions.pause(TANDEM_ID.from(execution), SESSION_POSITION.from(execution), PAUSE_WEEKS.from(execution));
  }
}
