package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.tandem.SessionLinks;
import org.reversementoring.tandem.SessionService;
import org.reversementoring.tandem.TandemService;
import org.reversementoring.tandem.TandemSession;
import org.reversementoring.tandem.TandemVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a session from the link in the session mails ({@link SessionLinks}): moves the session
 * (and the later ones) through {@link SessionService}, and tells the tandem's process with the
 * message {@value TandemVariables#SESSION_RESCHEDULED_MESSAGE}, which sends the calendar update
 * and waits for the new time. Both happen in one transaction: if the process is not waiting for
 * that session, nothing moves.
 */
@Service
public class SessionRescheduling {

  private final SessionService sessions;
  private final TandemService tandems;
  private final RuntimeService runtime;

  public SessionRescheduling(SessionService sessions, TandemService tandems, RuntimeService runtime) {
    this.sessions = sessions;
    this.tandems = tandems;
    this.runtime = runtime;
  }

  @Transactional(readOnly = true)
  public TandemSession session(SessionLinks.SessionRef ref) {
    return sessions.session(ref.tandemId(), ref.position());
  }

  /** Moves the session; a refusal names the field and moves nothing. */
  @Transactional
  public TandemSession reschedule(SessionLinks.SessionRef ref, LocalDateTime newStart) {
    TandemSession moved = sessions.reschedule(ref.tandemId(), ref.position(), newStart);
    try {
      runtime.createMessageCorrelation(SESSION_RESCHEDULED_MESSAGE)
          .processInstanceBusinessKey(tandems.find(ref.tandemId()).getNumber())
          .processInstanceVariableEquals(SESSION_POSITION.name(), ref.position())
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new RejectedInputException(SessionService.RESCHEDULE_START,
          "session " + ref.position() + " cannot be moved now; please try again in a few minutes");
    }
    return moved;
  }
}
