package org.reversementoring.common.forms;

import java.util.Collection;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A task's form variables, with the read-only fields the program writes ({@link ShownText}) in
 * the language of the person reading them, as {@link TranslatedTaskForm} chooses the form.
 */
final class TranslatedFormVariables extends GetTaskFormVariablesCmd {

  private final transient FormContracts contracts;
  private final transient FormLanguage language;
  private final transient ShownTexts texts;

  TranslatedFormVariables(String taskId, Collection<String> names, boolean deserialize, FormContracts contracts,
      FormLanguage language, ShownTexts texts) {
    super(taskId, names, deserialize);
    this.contracts = contracts;
    this.language = language;
    this.texts = texts;
  }

  @Override
  public VariableMap execute(CommandContext context) {
    VariableMap variables = super.execute(context);
    TaskEntity task = context.getTaskManager().findTaskById(resourceId);
    contracts.ofTask(task).ifPresent(form ->
        texts.fill(variables, formVariableNames, task, form, language.ofReader(context, task)));
    return variables;
  }
}
