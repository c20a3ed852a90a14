package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.VariableValues;
import org.reversementoring.tandem.SessionService;
import org.springframework.stereotype.Component;

/**
 * "Re-plan missed session" (program organizers), on complete: adds the replacement session on the
 * date they agreed with the tandem and names it for its invitation; a refusal names
 * {@code replacementStart}, keeps the task open and changes nothing.
 */
@Component("replanSession")
public class ReplanSessionListener implements TaskListener {

  private final SessionService sessions;

  public ReplanSessionListener(SessionService sessions) {
    this.sessions = sessions;
  }

  @Override
  public void notify(DelegateTask task) {
    int position = sessions.addReplacement(TANDEM_ID.from(task),
        new VariableValues(task.getVariables()).text(REPLACEMENT_START.name())).getPosition();
    REPLACEMENT_POSITION.set(task.getExecution().getProcessInstance(), position);
  }
}
