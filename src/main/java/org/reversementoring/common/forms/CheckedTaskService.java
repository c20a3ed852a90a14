package org.reversementoring.common.forms;

import java.util.Map;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.variable.VariableMap;

/** The engine's task service, with every way of completing a task with variables checked. */
final class CheckedTaskService extends TaskServiceImpl {

  private final FormContracts contracts;
  private final ShownTexts texts;

  CheckedTaskService(FormContracts contracts, ShownTexts texts) {
    this.contracts = contracts;
    this.texts = texts;
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    commandExecutor.execute(new CheckedSubmission<>(contracts, texts, taskId, variables,
        input -> new CompleteTaskCmd(taskId, input, false, false)));
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
      boolean deserializeValues) {
    return commandExecutor.execute(new CheckedSubmission<>(contracts, texts, taskId, variables,
        input -> new CompleteTaskCmd(taskId, input, true, deserializeValues)));
  }

  @Override
  public void resolveTask(String taskId, Map<String, Object> variables) {
    commandExecutor.execute(new CheckedSubmission<>(contracts, texts, taskId, variables,
        input -> new ResolveTaskCmd(taskId, input)));
  }
}
