package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.VariableValues;
import org.springframework.stereotype.Component;

/**
 * "Mid-program check-in" (the training supervisor), on complete: checks and records the answer
 * (a refusal names the field, the task stays open); the comment then leaves the process.
 */
@Component("midProgramCheckIn")
public class CheckInListener implements TaskListener {

  private final SessionService sessions;

  public CheckInListener(SessionService sessions) {
    this.sessions = sessions;
  }

  @Override
  public void notify(DelegateTask task) {
    long tandemId = TANDEM_ID.from(task);
    VariableValues values = new VariableValues(task.getVariables());
    sessions.recordCheckIn(tandemId, values.text(CHECK_IN_ASSESSMENT.name()), values.text(CHECK_IN_COMMENT.name()));
    task.getExecution().getProcessInstance().removeVariable(CHECK_IN_COMMENT.name());
  }
}
