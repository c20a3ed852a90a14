package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.VariableValues;
import org.reversementoring.tandem.GoalsAndCadence;
import org.reversementoring.tandem.KickoffService;
import org.springframework.stereotype.Component;

/**
 * "Agree goals and cadence", on complete: checks the mentor's input and records it on the
 * tandem; a refusal names the field, keeps the task open and changes nothing. The normalised
 * values (goals one per line, defaults filled in) replace what was submitted.
 */
@Component("agreeGoalsAndCadence")
public class AgreeGoalsAndCadenceListener implements TaskListener {

  private final KickoffService kickoffs;

  public AgreeGoalsAndCadenceListener(KickoffService kickoffs) {
    this.kickoffs = kickoffs;
  }

  @Override
  public void notify(DelegateTask task) {
    VariableValues form = new VariableValues(task.getVariables());
    GoalsAndCadence agreed = GoalsAndCadence.of(form.text(GOALS.name()), form.wholeNumber(CADENCE_WEEKS.name()),
        form.wholeNumber(SESSION_COUNT.name()), form.wholeNumber(SESSION_MINUTES.name()), form.text(SKIP_PERIODS.name()));
    kickoffs.agree(TANDEM_ID.from(task), agreed);
    GOALS.set(task, agreed.goalsText());
    CADENCE_WEEKS.set(task, agreed.cadenceWeeks());
    SESSION_COUNT.set(task, agreed.sessionCount());
    SESSION_MINUTES.set(task, agreed.sessionMinutes());
    SKIP_PERIODS.set(task, agreed.skipPeriodsText());
  }
}
