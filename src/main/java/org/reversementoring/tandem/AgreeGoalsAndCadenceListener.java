package org.reversementoring.tandem;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.VariableValues;
import org.springframework.stereotype.Component;

/**
 * "Agree goals and cadence". On create: shows the mentor what the mentee asked to change, if
 * anything. On complete: checks the mentor's input and records it on the tandem; a refusal names
 * the field, keeps the task open and changes nothing. The normalised values (goals one per
 * line, defaults filled in) replace what was submitted.
 */
@Component("agreeGoalsAndCadence")
public class AgreeGoalsAndCadenceListener implements TaskListener {

  private final KickoffService kickoffs;

  public AgreeGoalsAndCadenceListener(KickoffService kickoffs) {
    this.kickoffs = kickoffs;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      if (ASK_FOR_CHANGES.equals(task.getVariable(KICKOFF_DECISION))) {
        task.setVariableLocal(REQUESTED_CHANGES, task.getVariable(KICKOFF_COMMENT));
      }
      return;
    }
    VariableValues values = new VariableValues(task.getVariables());
    GoalsAndCadence agreed = GoalsAndCadence.of(values.text(GOALS), values.wholeNumber(CADENCE_WEEKS),
        values.wholeNumber(SESSION_COUNT), values.wholeNumber(SESSION_MINUTES), values.text(SKIP_PERIODS));
    kickoffs.agree((Long) task.getVariable(TANDEM_ID), agreed);
    task.setVariable(GOALS, agreed.goalsText());
    task.setVariable(CADENCE_WEEKS, agreed.cadenceWeeks());
    task.setVariable(SESSION_COUNT, agreed.sessionCount());
    task.setVariable(SESSION_MINUTES, agreed.sessionMinutes());
    task.setVariable(SKIP_PERIODS, agreed.skipPeriodsText());
  }
}
