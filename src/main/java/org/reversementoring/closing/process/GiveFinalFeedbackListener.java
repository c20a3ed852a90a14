package org.reversementoring.closing.process;

import static org.reversementoring.closing.ClosingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.closing.FeedbackAnswer;
import org.reversementoring.closing.FeedbackRole;
import org.reversementoring.closing.FinalFeedbackService;
import org.reversementoring.common.VariableValues;
import org.reversementoring.common.ProcessVariable;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * "Give final feedback" (BPMN field {@code role}: mentor or mentee), on complete: checks the
 * answer and stores it (a second round replaces the earlier answer); a refusal names the field,
 * keeps the task open and stores nothing. The answer then leaves the process variables, so the
 * other side's form never shows it.
 */
@Component("giveFinalFeedback")
@Scope("prototype")
public class GiveFinalFeedbackListener implements TaskListener {

  private final FinalFeedbackService feedback;
  private Expression role;

  public GiveFinalFeedbackListener(FinalFeedbackService feedback) {
    this.feedback = feedback;
  }

  @Override
  public void notify(DelegateTask task) {
    FeedbackRole who = FeedbackRole.of(String.valueOf(role.getValue(task)));
    feedback.record(TANDEM_ID.from(task), who, FeedbackAnswer.of(new VariableValues(task.getVariables())));
    task.removeVariables(ProcessVariable.names(FINAL_FEEDBACK_FORM));
    answered(who).set(task, true);
  }
}
