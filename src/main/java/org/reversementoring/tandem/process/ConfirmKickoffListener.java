package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.VariableValues;
import org.reversementoring.tandem.KickoffAnswer;
import org.springframework.stereotype.Component;

/**
 * "Confirm kickoff", on complete: an answer asking for changes must say which; a refusal keeps
 * the task open.
 */
@Component("confirmKickoff")
public class ConfirmKickoffListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    VariableValues form = new VariableValues(task.getVariables());
    KickoffAnswer.of(form.text(KICKOFF_DECISION.name()), form.text(KICKOFF_COMMENT.name()));
  }
}
