package org.reversementoring.common.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;

/**
 * The contracts of start and task forms, read from the deployed form the first time a process
 * definition needs them. Runs inside an engine command. The models bind their forms to their
 * deployment, so a process definition's forms never change.
 */
final class FormContracts {

  private final Map<String, FormContract> byStep = new ConcurrentHashMap<>();

  FormContract ofStart(String processDefinitionId) {
    return byStep.computeIfAbsent(processDefinitionId,
        id -> read(new GetDeployedStartFormCmd(id)));
  }

  /** Empty for a task without a Camunda form, e.g. one created through the API. */
  Optional<FormContract> ofTask(TaskEntity task) {
    TaskDefinition definition = task.getTaskDefinition();
    if (definition == null || definition.getCamundaFormDefinitionKey() == null) {
      return Optional.empty();
    }
    return Optional.of(byStep.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        step -> read(new GetDeployedTaskFormCmd(task.getId()))));
  }

  /** The form the model names; its German twin is the same contract (FormPairsTest). */
  private static FormContract read(Command<InputStream> deployedForm) {
    CommandContext context = Context.getCommandContext();
    // whoever starts a process or works on a task may send its fields, read the form or not
    try (InputStream form = context.runWithoutAuthorization(() -> deployedForm.execute(context))) {
      return FormContract.parse(form);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
