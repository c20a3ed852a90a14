package org.reversementoring.common.forms;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Completes, resolves or submits a task after checking what is submitted against the task's form;
 * the fields the form only shows are checked, not stored.
 */
final class CheckedSubmission<T> implements Command<T> {

  private final FormContracts contracts;
  private final ShownTexts texts;
  private final String taskId;
  private final Map<String, Object> variables;
  private final Function<Map<String, Object>, Command<T>> submission;

  /** {@code submission} submits the variables it is given. */
  CheckedSubmission(FormContracts contracts, ShownTexts texts, String taskId, Map<String, Object> variables,
      Function<Map<String, Object>, Command<T>> submission) {
    this.contracts = contracts;
    this.texts = texts;
    this.taskId = taskId;
    this.variables = variables;
    this.submission = submission;
  }

  @Override
  public T execute(CommandContext context) {
    TaskEntity task = variables == null || variables.isEmpty() ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return submission.apply(variables).execute(context);
    }
    // someone who may not work on the task learns nothing about its form
    context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
    Optional<FormContract> form = contracts.ofTask(task);
    form.ifPresent(contract -> contract.check(variables, field -> texts.shownAs(task, field)));
    Map<String, Object> input = form.map(contract -> contract.input(variables)).orElse(variables);
    return TaskWorkCheckedOnce.afterCheckOf(task, () -> submission.apply(input).execute(context));
  }
}
