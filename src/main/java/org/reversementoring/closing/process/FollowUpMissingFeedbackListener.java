package org.reversementoring.closing.process;

import static org.reversementoring.closing.ClosingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.closing.ClosingService;
import org.springframework.stereotype.Component;

/**
 * "Chase missing feedback" (organizers) and "Follow up missing feedback" (coordinators), on
 * create: shows who has not answered yet, in a variable of the task's own, which the mail of the
 * task quotes.
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
