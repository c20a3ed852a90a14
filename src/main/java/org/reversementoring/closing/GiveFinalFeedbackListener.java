package org.reversementoring.closing;

import static org.reversementoring.closing.ClosingVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.VariableValues;
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

  static final List<String> FORM_FIELDS = List.of(OVERALL_RATING, LEARNED, WOULD_RECOMMEND, WOULD_TAKE_PART_AGAIN,
      FEEDBACK_COMMENT);

  private final FinalFeedbackService feedback;
  private Expression role;

  public GiveFinalFeedbackListener(FinalFeedbackService feedback) {
    this.feedback = feedback;
  }

  @Override
  public void notify(DelegateTask task) {
    FeedbackRole who = FeedbackRole.of(String.valueOf(role.getValue(task)));
    FeedbackAnswer answer = FeedbackAnswer.of(new VariableValues(task.getVariables()));
    feedback.record((Long) task.getVariable(TANDEM_ID), who, answer);
    task.removeVariables(FORM_FIELDS);
    task.setVariable(who == FeedbackRole.MENTOR ? MENTOR_ANSWERED : MENTEE_ANSWERED, true);
  }
}
