package org.reversementoring.common.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.RejectedInputException;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Checks a user task's submitted decision and free text before the task completes, so that a
 * bad submission (from a form or straight from REST) is refused and changes nothing.
 * Configured per task with the fields {@code choice}, {@code allowed}, {@code text} and
 * {@code textRequired}.
 */
@Component("validateTaskInput")
@Scope("prototype")
public class TaskInputValidation implements TaskListener {

  public static final int MAX_TEXT_LENGTH = 2000;

  private Expression choice;
  private Expression allowed;
  private Expression text;
  private Expression textRequired;

  @Override
  public void notify(DelegateTask task) {
    List<FieldError> errors = new ArrayList<>();
    if (choice != null) {
      String name = value(choice, task);
      Object chosen = task.getVariable(name);
      List<String> options = Arrays.asList(value(allowed, task).split(","));
      if (chosen == null || !options.contains(chosen.toString())) {
        errors.add(new FieldError(name, "must be one of " + String.join(", ", options)));
      }
    }
    if (text != null) {
      String name = value(text, task);
      Object written = task.getVariable(name);
      boolean required = textRequired != null && Boolean.parseBoolean(value(textRequired, task));
      if (required && (written == null || written.toString().isBlank())) {
        errors.add(new FieldError(name, "must not be empty"));
      } else if (written != null && written.toString().length() > MAX_TEXT_LENGTH) {
        errors.add(new FieldError(name, "must be at most " + MAX_TEXT_LENGTH + " characters"));
      }
    }
    if (!errors.isEmpty()) {
      throw new RejectedInputException(errors);
    }
  }

  private static String value(Expression expression, DelegateTask task) {
    return String.valueOf(expression.getValue(task));
  }
}
