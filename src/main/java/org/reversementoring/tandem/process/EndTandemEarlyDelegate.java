package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.common.ProcessVariable;
import org.reversementoring.tandem.SessionService;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * "End silent tandem" and "Record early end": status ENDED_EARLY with the coordinator's note as the reason; planned
 * sessions cancelled. The BPMN field {@code reason} names the variable holding the note
 * (default {@code followUpNote}).
 */
@Component("endTandemEarly")
@Scope("prototype")
public class EndTandemEarlyDelegate implements JavaDelegate {

  private final SessionService sessions;
  private Expression reason;

  public EndTandemEarlyDelegate(SessionService sessions) {
    this.sessions = sessions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessVariable<String> note = reason == null ? FOLLOW_UP_NOTE
        : ProcessVariable.string(String.valueOf(reason.getValue(execution)));
    sessions.endEarly(TANDEM_ID.from(execution), note.optionalFrom(execution).orElse(null));
  }
}
