package org.reversementoring.tandem;

import static org.reversementoring.tandem.TandemVariables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Take up next session": the first session still planned, with the times of its reminder and
 * its end as ISO-8601 strings for the timers; {@code moreSessions} false when none is left.
 */
@Component("takeUpNextSession")
public class TakeUpNextSessionDelegate implements JavaDelegate {

  private final SessionService sessions;

  public TakeUpNextSessionDelegate(SessionService sessions) {
    this.sessions = sessions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<SessionService.NextSession> next = sessions.next((Long) execution.getVariable(TANDEM_ID));
    execution.setVariable(MORE_SESSIONS, next.isPresent());
    next.ifPresent(session -> {
      execution.setVariable(SESSION_POSITION, session.position());
      execution.setVariable(SESSION_REMINDER_AT, session.reminderAt().toString());
      execution.setVariable(SESSION_ENDS_AT, session.endsAt().toString());
    });
  }
}
