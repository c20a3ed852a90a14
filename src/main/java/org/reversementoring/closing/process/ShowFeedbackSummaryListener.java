package org.reversementoring.closing.process;

import static org.reversementoring.closing.ClosingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.closing.ClosingService;
import org.springframework.stereotype.Component;

/** "Extend or close", on create: shows the final feedback and the sessions held, in a variable of the task's own. */
@Component("showFeedbackSummary")
public class ShowFeedbackSummaryListener implements TaskListener {

  private final ClosingService closing;

  public ShowFeedbackSummaryListener(ClosingService closing) {
    this.closing = closing;
  }

  @Override
  public void notify(DelegateTask task) {
    FEEDBACK_SUMMARY.setLocal(task, closing.summary(TANDEM_ID.from(task)));
  }
}
