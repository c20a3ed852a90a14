package org.reversementoring.closing;

import static org.reversementoring.closing.ClosingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Follow up missing feedback", on create: shows who has not answered after seven days. */
@Component("followUpMissingFeedback")
public class FollowUpMissingFeedbackListener implements TaskListener {

  private final ClosingService closing;

  public FollowUpMissingFeedbackListener(ClosingService closing) {
    this.closing = closing;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(MISSING_FEEDBACK, closing.missing((Long) task.getVariable(TANDEM_ID),
        Boolean.TRUE.equals(task.getVariable(MENTOR_ANSWERED)), Boolean.TRUE.equals(task.getVariable(MENTEE_ANSWERED))));
  }
}
