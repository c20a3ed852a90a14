package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.VariableValues;
import org.reversementoring.tandem.SessionService;
import org.springframework.stereotype.Component;

/**
 * "Check in on tandem mid-program" (the training supervisor), on complete: checks and records the answer
 * (a refusal names the field, the task stays open); the comment then leaves the process. The
 * supervisor's mail with the link is the model's {@code taskMail} on create.
 */
@Component("midProgramCheckIn")
public class CheckInListener implements TaskListener {

  private final SessionService sessions;

  public CheckInListener(SessionService sessions) {
    this.sessions = sessions;
  }

  @Override
  public void notify(DelegateTask task) {
    VariableValues form = new VariableValues(task.getVariables());
    sessions.recordCheckIn(TANDEM_ID.from(task), form.text(CHECK_IN_ASSESSMENT.name()),
        form.text(CHECK_IN_COMMENT.name()));
    task.getExecution().getProcessInstance().removeVariable(CHECK_IN_COMMENT.name());
  }
}
