package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.common.VariableValues;
import org.reversementoring.recruitment.Mentor;
import org.springframework.stereotype.Component;

/**
 * "Hand sessions over to substitute": the substitute becomes the tandem's mentor, the planned
 * sessions move to them, the next tasks and an open "Log session" are theirs.
 */
@Component("substituteMentor")
public class SubstituteMentorDelegate implements JavaDelegate {

  private final KickoffService kickoffs;
  private final SessionService sessions;
  private final TaskService tasks;

  public SubstituteMentorDelegate(KickoffService kickoffs, SessionService sessions, TaskService tasks) {
    this.kickoffs = kickoffs;
    this.sessions = sessions;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long tandemId = TANDEM_ID.from(execution);
    Integer substituteId = new VariableValues(execution.getVariables()).wholeNumber(SUBSTITUTE_MENTOR_ID.name());
    long replaced = kickoffs.currentMentorId(tandemId);
    Mentor substitute = kickoffs.substituteMentor(tandemId, substituteId == null ? null : substituteId.longValue());
    REPLACED_MENTOR_ID.set(execution.getProcessInstance(), replaced);
    sessions.handOver(tandemId, substitute.getId());
    MENTOR_USER_ID.set(execution.getProcessInstance(), substitute.getUserId());
    tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey("Task_LogSession")
        .list().forEach(task -> tasks.setAssignee(task.getId(), substitute.getUserId()));
  }
}
