package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.common.VariableValues;
import org.reversementoring.tandem.SessionService;
import org.springframework.stereotype.Component;

/**
 * "Follow up with tandem", on complete: a pause needs its weeks ({@link SessionService#pauseWeeks}),
 * refused naming {@code pauseWeeks} so the task stays open; stored as an Integer for "Pause the tandem".
 */
@Component("followUpTandem")
public class FollowUpListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (PAUSE.equals(FOLLOW_UP_DECISION.optionalFrom(task).orElse(null))) {
      PAUSE_WEEKS.set(task, SessionService.pauseWeeks(submittedWeeks(task)));
    }
  }

  /** The weeks as submitted, read by the one parser of form numbers; anything but a whole number is none. */
  private static Integer submittedWeeks(DelegateTask task) {
    try {
      return new VariableValues(task.getVariables()).wholeNumber(PAUSE_WEEKS.name());
    } catch (RejectedInputException | ArithmeticException notAWholeNumber) {
      return null;
    }
  }
}
