package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

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
      if (ASK_FOR_CHANGES.equals(KICKOFF_DECISION.optionalFrom(task).orElse(null))) {
        REQUESTED_CHANGES.setLocal(task, KICKOFF_COMMENT.optionalFrom(task).orElse(null));
      }
      return;
    }
    VariableValues values = new VariableValues(task.getVariables());
    GoalsAndCadence agreed = GoalsAndCadence.of(values.text(GOALS.name()), values.wholeNumber(CADENCE_WEEKS.name()),
        values.wholeNumber(SESSION_COUNT.name()), values.wholeNumber(SESSION_MINUTES.name()), values.text(SKIP_PERIODS.name()));
    kickoffs.agree(TANDEM_ID.from(task), agreed);
    GOALS.set(task, agreed.goalsText());
    CADENCE_WEEKS.set(task, agreed.cadenceWeeks());
    SESSION_COUNT.set(task, agreed.sessionCount());
    SESSION_MINUTES.set(task, agreed.sessionMinutes());
    SKIP_PERIODS.set(task, agreed.skipPeriodsText());
  }
}
