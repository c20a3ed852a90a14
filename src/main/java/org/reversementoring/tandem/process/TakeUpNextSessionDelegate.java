package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.tandem.SessionService;
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
    Optional<SessionService.NextSession> next = sessions.next(TANDEM_ID.from(execution));
    MORE_SESSIONS.set(execution, next.isPresent());
    next.ifPresent(session -> {
      SESSION_POSITION.set(execution, session.position());
      SESSION_REMINDER_AT.set(execution, session.reminderAt().toString());
      SESSION_ENDS_AT.set(execution, session.endsAt().toString());
    });
  }
}
