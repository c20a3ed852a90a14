package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.VariableValues;
import org.reversementoring.common.ProcessVariable;
import org.reversementoring.tandem.SessionLog;
import org.reversementoring.tandem.SessionService;
import org.springframework.stereotype.Component;

/**
 * "Rate session" (the mentee), on complete: checks the rating and stores it on the session
 * record; a refusal names the field, keeps the task open and changes nothing. The answers then
 * leave the process, so the next session's form starts empty and free text stays out of the engine.
 */
@Component("rateSession")
public class RateSessionListener implements TaskListener {

  private final SessionService sessions;

  public RateSessionListener(SessionService sessions) {
    this.sessions = sessions;
  }

  @Override
  public void notify(DelegateTask task) {
    VariableValues form = new VariableValues(task.getVariables());
    long tandemId = TANDEM_ID.from(task);
    sessions.rate(tandemId, SESSION_POSITION.from(task), SessionLog.Rating.of(form.wholeNumber(SESSION_RATING.name()),
        form.text(RATING_COMMENT.name())));
    task.getExecution().getProcessInstance().removeVariables(ProcessVariable.names(SESSION_RATING_ANSWERS));
    CHECK_IN_DUE.set(task.getExecution().getProcessInstance(), sessions.checkInDue(tandemId));
  }
}
