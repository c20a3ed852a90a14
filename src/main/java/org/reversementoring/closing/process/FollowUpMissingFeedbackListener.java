package org.reversementoring.closing.process;

import static org.reversementoring.closing.ClosingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.closing.ClosingService;
import org.springframework.stereotype.Component;

/**
 * "Follow up missing feedback", on create: shows who has not answered after seven days, in a
 * variable of the task's own, which the coordinators' mail of this task quotes.
 */
@Component("followUpMissingFeedback")
public class FollowUpMissingFeedbackListener implements TaskListener {

  private final ClosingService closing;

  public FollowUpMissingFeedbackListener(ClosingService closing) {
    this.closing = closing;
  }

  @Override
  public void notify(DelegateTask task) {
    MISSING_FEEDBACK.setLocal(task, closing.missing(TANDEM_ID.from(task), MENTOR_ANSWERED.from(task),
        MENTEE_ANSWERED.from(task)));
  }
}
