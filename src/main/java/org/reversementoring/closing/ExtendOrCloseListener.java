package org.reversementoring.closing;

import static org.reversementoring.closing.ClosingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.VariableValues;
import org.springframework.stereotype.Component;

/**
 * "Extend or close". On create: shows the final feedback and the sessions held. On complete:
 * checks the decision (extend by 1-8 sessions, or close; a note of at most 2,000 characters); a
 * refusal names the field and keeps the task open. The normalised values replace what was sent:
 * {@code extraSessions} is an Integer, 0 when closing.
 */
@Component("extendOrClose")
public class ExtendOrCloseListener implements TaskListener {

  private final ClosingService closing;

  public ExtendOrCloseListener(ClosingService closing) {
    this.closing = closing;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(FEEDBACK_SUMMARY, closing.summary((Long) task.getVariable(TANDEM_ID)));
      return;
    }
    ClosingDecision decision = ClosingDecision.of(new VariableValues(task.getVariables()));
    task.setVariable(CLOSING_DECISION, decision.decision());
    task.setVariable(EXTRA_SESSIONS, decision.extraSessions());
    task.setVariable(CLOSING_NOTE, decision.note());
  }
}
