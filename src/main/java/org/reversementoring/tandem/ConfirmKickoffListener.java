package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.VariableValues;
import org.reversementoring.common.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * "Confirm kickoff". On create: puts the agreement in words on the task (task-local, read-only in
 * the form) and clears an earlier answer. On complete: an answer asking for changes must say
 * which; a refusal keeps the task open.
 */
@Component("confirmKickoff")
public class ConfirmKickoffListener implements TaskListener {

  private final KickoffService kickoffs;
  private final TandemProperties properties;

  public ConfirmKickoffListener(KickoffService kickoffs, TandemProperties properties) {
    this.kickoffs = kickoffs;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      KICKOFF_SUMMARY.setLocal(task, kickoffs.summary(TANDEM_ID.from(task), properties.zone()));
      task.getExecution().getProcessInstance().removeVariables(ProcessVariable.names(java.util.List.of(KICKOFF_DECISION, KICKOFF_COMMENT)));
      return;
    }
    VariableValues values = new VariableValues(task.getVariables());
    KickoffAnswer.of(values.text(KICKOFF_DECISION.name()), values.text(KICKOFF_COMMENT.name()));
  }
}
