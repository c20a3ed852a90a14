package org.reversementoring.notification.process;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads what the model configured on a mail step. */
final class ModelFields {

  private ModelFields() {
  }

  /** The text of an optional {@code camunda:field}; null when the model does not set it. */
  static String text(Expression field, VariableScope scope) {
    if (field == null) {
      return null;
    }
    Object value = field.getValue(scope);
    return value == null ? null : value.toString();
  }

  /** {@code mentor-recruitment} of the definition id {@code mentor-recruitment:3:8a1c…}. */
  static String processKey(String processDefinitionId) {
    return processDefinitionId.substring(0, processDefinitionId.indexOf(':'));
  }
}
