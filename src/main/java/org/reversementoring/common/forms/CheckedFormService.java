package org.reversementoring.common.forms;

import java.util.Map;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.variable.VariableMap;

/** The engine's form service, with task form submissions checked (Tasklist submits this way). */
final class CheckedFormService extends FormServiceImpl {

  private final FormContracts contracts;

  CheckedFormService(FormContracts contracts) {
    this.contracts = contracts;
  }

  @Override
  public void submitTaskForm(String taskId, Map<String, Object> properties) {
    commandExecutor.execute(new CheckedSubmission<>(contracts, taskId, properties,
        new SubmitTaskFormCmd(taskId, properties, false, false)));
  }

  @Override
  public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
      boolean deserializeValues) {
    return commandExecutor.execute(new CheckedSubmission<>(contracts, taskId, properties,
        new SubmitTaskFormCmd(taskId, properties, true, deserializeValues)));
  }
}
