package org.reversementoring.common.forms;

import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's form service, with task form submissions checked (Tasklist submits this way), and
 * the deployed Camunda forms (with the app's option lists filled in) and their variables delivered
 * in the reader's language (Tasklist reads them this way).
 */
final class CheckedFormService extends FormServiceImpl {

  private final FormContracts contracts;
  private final FormLanguage language;
  private final FormOptionFilling options;
  private final ShownTexts texts;

  CheckedFormService(FormContracts contracts, FormLanguage language, FormOptionFilling options, ShownTexts texts) {
    this.contracts = contracts;
    this.language = language;
    this.options = options;
    this.texts = texts;
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
  public VariableMap getTaskFormVariables(String taskId, Collection<String> formVariables,
      boolean deserializeObjectValues) {
    return commandExecutor.execute(new TranslatedFormVariables(taskId, formVariables, deserializeObjectValues,
        contracts, language, texts));
  }

  @Override
  public void submitTaskForm(String taskId, Map<String, Object> properties) {
    commandExecutor.execute(new CheckedSubmission<>(contracts, texts, taskId, properties,
        input -> new SubmitTaskFormCmd(taskId, input, false, false)));
  }

  @Override
  public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
      boolean deserializeValues) {
    return commandExecutor.execute(new CheckedSubmission<>(contracts, texts, taskId, properties,
        input -> new SubmitTaskFormCmd(taskId, input, true, deserializeValues)));
  }
}
