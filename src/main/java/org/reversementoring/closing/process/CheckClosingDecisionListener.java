package org.reversementoring.closing.process;

import static org.reversementoring.closing.ClosingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.closing.ClosingDecision;
import org.reversementoring.common.VariableValues;
import org.springframework.stereotype.Component;

/**
 * "Extend or close", on complete: checks the decision (extend by 1-8 sessions, or close; a note
 * of at most 2,000 characters); a refusal names the field and keeps the task open. The
 * normalised values replace what was sent: {@code extraSessions} is an Integer, 0 when closing.
 */
@Component("checkClosingDecision")
public class CheckClosingDecisionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ClosingDecision decision = ClosingDecision.of(new VariableValues(task.getVariables()));
    CLOSING_DECISION.set(task, decision.decision());
    EXTRA_SESSIONS.set(task, decision.extraSessions());
    CLOSING_NOTE.set(task, decision.note());
  }
}
