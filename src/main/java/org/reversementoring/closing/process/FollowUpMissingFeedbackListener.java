package org.reversementoring.closing.process;

import static org.reversementoring.closing.ClosingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.closing.FeedbackSummary;
import org.reversementoring.common.Language;
import org.springframework.stereotype.Component;

/**
 * "Chase missing feedback" (organizers) and "Follow up missing feedback" (coordinators), on
 * create: who has not answered yet, in a variable of the task's own, which the mail of the task
 * quotes (in English, as the program office's mails); the form shows it in its reader's language
 * ({@link MissingFeedbackText}).
 */
@Component("followUpMissingFeedback")
public class FollowUpMissingFeedbackListener implements TaskListener {

  private final FeedbackSummary summary;

  public FollowUpMissingFeedbackListener(FeedbackSummary summary) {
    this.summary = summary;
  }

  @Override
  public void notify(DelegateTask task) {
    MISSING_FEEDBACK.setLocal(task, summary.missing(TANDEM_ID.from(task), MENTOR_ANSWERED.from(task),
        MENTEE_ANSWERED.from(task), Language.EN));
  }
}
