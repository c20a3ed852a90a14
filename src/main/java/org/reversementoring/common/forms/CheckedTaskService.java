package org.reversementoring.common.forms;

import java.util.Map;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.variable.VariableMap;

/** The engine's task service, with every way of completing a task with variables checked. */
final class CheckedTaskService extends TaskServiceImpl {

  private final FormContracts contracts;

  CheckedTaskService(FormContracts contracts) {
    this.contracts = contracts;
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    commandExecutor.execute(new CheckedSubmission<>(contracts, taskId, variables,
        new CompleteTaskCmd(taskId, variables, false, false)));
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
      boolean deserializeValues) {
    return commandExecutor.execute(new CheckedSubmission<>(contracts, taskId, variables,
        new CompleteTaskCmd(taskId, variables, true, deserializeValues)));
  }

  @Override
  public void resolveTask(String taskId, Map<String, Object> variables) {
    commandExecutor.execute(new CheckedSubmission<>(contracts, taskId, variables,
        new ResolveTaskCmd(taskId, variables)));
  }
}
