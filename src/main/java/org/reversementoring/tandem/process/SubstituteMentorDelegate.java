package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.common.VariableValues;
import org.reversementoring.tandem.SubstituteMentors;
import org.springframework.stereotype.Component;

/**
 * "Hand sessions over to substitute": the substitute (as the message names them; a caller may send
 * the id as any whole number) becomes the tandem's mentor, the planned sessions move to them, the
 * next tasks and an open "Log session" are theirs.
 */
@Component("substituteMentor")
public class SubstituteMentorDelegate implements JavaDelegate {

  private final SubstituteMentors substitutes;
  private final TaskService tasks;

  public SubstituteMentorDelegate(SubstituteMentors substitutes, TaskService tasks) {
    this.substitutes = substitutes;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer substituteId = new VariableValues(execution.getVariables()).wholeNumber(SUBSTITUTE_MENTOR_ID.name());
    SubstituteMentors.HandOver handOver = substitutes.handOver(TANDEM_ID.from(execution),
        substituteId == null ? null : substituteId.longValue());
    REPLACED_MENTOR_ID.set(execution.getProcessInstance(), handOver.replacedMentorId());
    MENTOR_USER_ID.set(execution.getProcessInstance(), handOver.substituteUserId());
    tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey("Task_LogSession")
        .list().forEach(task -> tasks.setAssignee(task.getId(), handOver.substituteUserId()));
  }
}
