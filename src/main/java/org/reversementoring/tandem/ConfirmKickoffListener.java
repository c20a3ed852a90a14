package org.reversementoring.tandem;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.VariableValues;
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
      task.setVariableLocal(KICKOFF_SUMMARY, kickoffs.summary((Long) task.getVariable(TANDEM_ID), properties.zone()));
      task.getExecution().getProcessInstance().removeVariables(java.util.List.of(KICKOFF_DECISION, KICKOFF_COMMENT));
      return;
    }
    VariableValues values = new VariableValues(task.getVariables());
    KickoffAnswer.of(values.text(KICKOFF_DECISION), values.text(KICKOFF_COMMENT));
  }
}
