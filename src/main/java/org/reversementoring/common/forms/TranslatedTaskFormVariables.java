package org.reversementoring.common.forms;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProcessVariable;

/**
 * A task form's variables (what Tasklist fills a Camunda form with) in the reader's language, as
 * {@link TranslatedTaskForm} chooses the form: a variable written also for that language
 * ({@link ProcessVariable#in}, e.g. {@code proposalSummary_de}) is read under the form's key
 * ({@code proposalSummary}); one written only in English (e.g. before it was translated) is
 * read as it was stored.
 */
final class TranslatedTaskFormVariables extends GetTaskFormVariablesCmd {

  private final FormLanguage language;

  TranslatedTaskFormVariables(String taskId, Collection<String> names, boolean deserializeObjectValues,
      FormLanguage language) {
    super(taskId, names, deserializeObjectValues);
    this.language = language;
  }

  @Override
  public VariableMap execute(CommandContext commandContext) {
    VariableMap variables = super.execute(commandContext);
    TaskEntity task = commandContext.getTaskManager().findTaskById(resourceId);
    String viewer = commandContext.getAuthenticatedUserId() != null ? commandContext.getAuthenticatedUserId()
        : task.getAssignee();
    Language reader = language.of(viewer);
    if (reader != Language.EN) {
      for (String name : List.copyOf(variables.keySet())) {
        TypedValue translated = task.getVariableTyped(ProcessVariable.string(name).in(reader).name(),
            deserializeObjectValues);
        if (translated != null) {
          variables.putValueTyped(name, translated);
        }
      }
    }
    return variables;
  }
}
