package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.VariableValues;
import org.reversementoring.common.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * "Log session" (the mentor) and "Rate session" (the mentee), on complete: checks the input and
 * stores it on the session record; a refusal names the field, keeps the task open and changes
 * nothing. The answers then leave the process, so the next session's forms start empty and free
 * text stays out of the engine.
 */
@Component("sessionTask")
public class SessionTaskListener implements TaskListener {

  static final String LOG_SESSION = "Task_LogSession";
  static final String RATE_SESSION = "Task_RateSession";

  private final SessionService sessions;

  public SessionTaskListener(SessionService sessions) {
    this.sessions = sessions;
  }

  @Override
  public void notify(DelegateTask task) {
    VariableValues values = new VariableValues(task.getVariables());
    long tandemId = TANDEM_ID.from(task);
    int position = SESSION_POSITION.from(task);
    if (LOG_SESSION.equals(task.getTaskDefinitionKey())) {
      sessions.log(tandemId, position, SessionLog.of(values.text(SESSION_HELD.name()), values.wholeNumber(HELD_MINUTES.name()),
          values.separatedList(SESSION_TOPICS.name()), values.text(SESSION_NOTES.name())));
      task.getExecution().getProcessInstance().removeVariables(ProcessVariable.names(SESSION_LOG_ANSWERS));
    } else {
      sessions.rate(tandemId, position, SessionLog.Rating.of(values.wholeNumber(SESSION_RATING.name()),
          values.text(RATING_COMMENT.name())));
      task.getExecution().getProcessInstance().removeVariables(ProcessVariable.names(SESSION_RATING_ANSWERS));
    }
    CHECK_IN_DUE.set(task.getExecution().getProcessInstance(), sessions.checkInDue(tandemId));
  }
}
