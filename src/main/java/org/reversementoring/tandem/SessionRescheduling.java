package org.reversementoring.tandem;

import java.time.LocalDateTime;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.common.SignedLinks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a session from the link in the session mails: checks the signed token, moves the session
 * (and the later ones) through {@link SessionService}, and tells the tandem's process with the
 * message {@value #MESSAGE}, which sends the calendar update and waits for the new time. Both
 * happen in one transaction: if the process is not waiting for that session, nothing moves.
 */
@Service
public class SessionRescheduling {

  public static final String MESSAGE = "SessionRescheduled";
  static final String LINK_PURPOSE = "session-reschedule";

  private final SessionService sessions;
  private final TandemService tandems;
  private final RuntimeService runtime;
  private final SignedLinks links;
  private final ProgramProperties properties;

  public SessionRescheduling(SessionService sessions, TandemService tandems, RuntimeService runtime,
      SignedLinks links, ProgramProperties properties) {
    this.sessions = sessions;
    this.tandems = tandems;
    this.runtime = runtime;
    this.links = links;
    this.properties = properties;
  }

  /** Which session a link names. */
  public record SessionRef(long tandemId, int position) {
  }

  /** The link in the session mails: {@code <base-url>/sessions/move?token=...}. */
  public String linkFor(long tandemId, int position) {
    return properties.url("/sessions/move?token=" + links.token(LINK_PURPOSE, tandemId + "-" + position));
  }

  public Optional<SessionRef> sessionFor(String token) {
    return links.verify(LINK_PURPOSE, token).flatMap(subject -> {
      String[] parts = subject.split("-");
      try {
        return Optional.of(new SessionRef(Long.parseLong(parts[0]), Integer.parseInt(parts[1])));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    });
  }

  @Transactional(readOnly = true)
  public TandemSession session(SessionRef ref) {
    return sessions.session(ref.tandemId(), ref.position());
  }

  /** Moves the session; a refusal names the field and moves nothing. */
  @Transactional
  public TandemSession reschedule(SessionRef ref, LocalDateTime newStart) {
    TandemSession moved = sessions.reschedule(ref.tandemId(), ref.position(), newStart);
    try {
      runtime.createMessageCorrelation(MESSAGE)
          .processInstanceBusinessKey(tandems.find(ref.tandemId()).getNumber())
          .processInstanceVariableEquals(TandemVariables.SESSION_POSITION, ref.position())
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new RejectedInputException(SessionService.RESCHEDULE_START,
          "session " + ref.position() + " cannot be moved now; please try again in a few minutes");
    }
    return moved;
  }
}
