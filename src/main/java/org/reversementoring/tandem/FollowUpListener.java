package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.RejectedInputException;
import org.springframework.stereotype.Component;

/**
 * "Follow up with tandem", on completion: a pause needs its weeks (1-8), refused naming
 * {@code pauseWeeks} so the task stays open; stored as an Integer for "Pause the tandem".
 */
@Component("followUpTandem")
public class FollowUpListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!PAUSE.equals(FOLLOW_UP_DECISION.optionalFrom(task).orElse(null))) {
      return;
    }
    Integer weeks = weeks(task.getVariable(PAUSE_WEEKS.name()));
    if (weeks == null || weeks < 1 || weeks > SessionService.MAX_PAUSE_WEEKS) {
      throw new RejectedInputException(PAUSE_WEEKS.name(), "must be between 1 and " + SessionService.MAX_PAUSE_WEEKS);
    }
    PAUSE_WEEKS.set(task, weeks);
  }

  private static Integer weeks(Object value) {
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
      return number.intValue();
    }
    if (value instanceof String text) {
      try {
        return Integer.valueOf(text.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
