package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.ProcessVariable;
import org.reversementoring.common.VariableValues;
import org.reversementoring.content.TopicCatalogue;
import org.reversementoring.tandem.SessionLog;
import org.reversementoring.tandem.SessionService;
import org.springframework.stereotype.Component;

/**
 * "Log session" (the mentor), on complete: checks the log and stores it on the session record; a
 * refusal names the field, keeps the task open and changes nothing. The answers then leave the
 * process, so the next session's form starts empty and free text stays out of the engine; what
 * stays is whether the tandem asks for a replacement date and which session was logged.
 */
@Component("logSession")
public class LogSessionListener implements TaskListener {

  private final SessionService sessions;
  private final TopicCatalogue topics;

  public LogSessionListener(SessionService sessions, TopicCatalogue topics) {
    this.sessions = sessions;
    this.topics = topics;
  }

  @Override
  public void notify(DelegateTask task) {
    VariableValues form = new VariableValues(task.getVariables());
    long tandemId = TANDEM_ID.from(task);
    int position = SESSION_POSITION.from(task);
    SessionLog log = SessionLog.of(form.text(SESSION_HELD.name()), form.wholeNumber(HELD_MINUTES.name()),
        form.separatedList(SESSION_TOPICS.name()), form.text(SESSION_NOTES.name()),
        form.text(REPLACEMENT_WANTED.name()), topics.offeredCodes());
    sessions.log(tandemId, position, log);
    DelegateExecution instance = task.getExecution().getProcessInstance();
    instance.removeVariables(ProcessVariable.names(SESSION_LOG_ANSWERS));
    REPLACEMENT_WANTED.set(instance, log.replacementWanted());
    CHECK_IN_DUE.set(instance, sessions.checkInDue(tandemId));
    // ends the organizers' chase of this log, should one be under way
    LOGGED_SESSION.set(instance, position);
  }
}
