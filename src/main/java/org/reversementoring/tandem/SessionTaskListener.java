package org.reversementoring.tandem;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.VariableValues;
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
    long tandemId = (Long) task.getVariable(TANDEM_ID);
    int position = (Integer) task.getVariable(SESSION_POSITION);
    if (LOG_SESSION.equals(task.getTaskDefinitionKey())) {
      sessions.log(tandemId, position, SessionLog.of(task.getVariable(SESSION_HELD), values.wholeNumber(HELD_MINUTES),
          values.separatedList(SESSION_TOPICS), values.text(SESSION_NOTES)));
      for (String name : new String[] {SESSION_HELD, HELD_MINUTES, SESSION_TOPICS, SESSION_NOTES}) {
        task.getExecution().getProcessInstance().removeVariable(name);
      }
    } else {
      sessions.rate(tandemId, position, SessionLog.Rating.of(values.wholeNumber(SESSION_RATING),
          values.text(RATING_COMMENT)));
      task.getExecution().getProcessInstance().removeVariable(SESSION_RATING);
      task.getExecution().getProcessInstance().removeVariable(RATING_COMMENT);
    }
    task.getExecution().getProcessInstance().setVariable(CHECK_IN_DUE, sessions.checkInDue(tandemId));
  }
}
