package org.reversementoring.common.forms;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's form service, with task form submissions checked (Tasklist submits this way) and
 * the deployed Camunda forms delivered in the reader's language with the app's option lists
 * filled in (Tasklist reads them this way).
 */
final class CheckedFormService extends FormServiceImpl {

  private final FormContracts contracts;
  private final FormLanguage language;
  private final FormOptionFilling options;

  CheckedFormService(FormContracts contracts, FormLanguage language, FormOptionFilling options) {
    this.contracts = contracts;
    this.language = language;
    this.options = options;
  }

  @Override
  public InputStream getDeployedStartForm(String processDefinitionId) {
    return commandExecutor.execute(new TranslatedStartForm(processDefinitionId, language, options));
  }

  @Override
  public InputStream getDeployedTaskForm(String taskId) {
    return commandExecutor.execute(new TranslatedTaskForm(taskId, language, options));
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
