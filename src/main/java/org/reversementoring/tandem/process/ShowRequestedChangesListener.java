package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.tandem.KickoffAnswer;
import org.springframework.stereotype.Component;

/**
 * "Agree goals and cadence", on create: shows the mentor what the mentee asked to change, if
 * anything (task-local, read-only in the form).
 */
@Component("showRequestedChanges")
public class ShowRequestedChangesListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    KickoffAnswer.changesAskedFor(KICKOFF_DECISION.optionalFrom(task).orElse(null),
        KICKOFF_COMMENT.optionalFrom(task).orElse(null)).ifPresent(changes -> REQUESTED_CHANGES.setLocal(task, changes));
  }
}
