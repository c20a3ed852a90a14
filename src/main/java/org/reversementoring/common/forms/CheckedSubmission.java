package org.reversementoring.common.forms;

import java.util.Map;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** Completes, resolves or submits a task after checking what is submitted against the task's form. */
final class CheckedSubmission<T> implements Command<T> {

  private final FormContracts contracts;
  private final String taskId;
  private final Map<String, Object> variables;
  private final Command<T> submission;

  CheckedSubmission(FormContracts contracts, String taskId, Map<String, Object> variables, Command<T> submission) {
    this.contracts = contracts;
    this.taskId = taskId;
    this.variables = variables;
    this.submission = submission;
  }

  @Override
  public T execute(CommandContext context) {
    TaskEntity task = variables == null || variables.isEmpty() ? null : context.getTaskManager().findTaskById(taskId);
    if (task != null) {
      // someone who may not work on the task learns nothing about its form
      context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
      contracts.ofTask(task).ifPresent(form -> form.check(variables, task::getVariable));
    }
    return submission.execute(context);
  }
}
