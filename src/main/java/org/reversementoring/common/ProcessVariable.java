package org.reversementoring.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A process variable with its name and type, declared once per capability (e.g. {@code
 * RecruitmentVariables}). Reads convert what the engine or a caller stored (a form may send a
 * whole number as Integer or Long) and refuse anything else naming the variable.
 *
 * @param <T> the type the program works with
 */
public final class ProcessVariable<T> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final String typeName;
  private final Function<Object, T> conversion;
  private final Function<T, Object> storage;

  private ProcessVariable(String name, String typeName, Function<Object, T> conversion) {
    this(name, typeName, conversion, value -> value);
  }

  private ProcessVariable(String name, String typeName, Function<Object, T> conversion,
      Function<T, Object> storage) {
    this.name = name;
    this.typeName = typeName;
    this.conversion = conversion;
    this.storage = storage;
  }

  public static ProcessVariable<String> string(String name) {
    return of(name, String.class);
  }

  public static ProcessVariable<Boolean> bool(String name) {
    return of(name, Boolean.class);
  }

  public static ProcessVariable<Date> date(String name) {
    return of(name, Date.class);
  }

  /** Any whole number (Integer, Long, Short, Byte) the engine or a caller stored. */
  public static ProcessVariable<Long> longValue(String name) {
    return new ProcessVariable<>(name, "a whole number", value -> wholeNumber(value).orElse(null));
  }

  /** Any whole number within the range of an int. */
  public static ProcessVariable<Integer> integer(String name) {
    return new ProcessVariable<>(name, "a whole number", value -> wholeNumber(value)
        .filter(number -> number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE).map(Long::intValue).orElse(null));
  }

  /** A list of texts, stored as a JSON array, a Spin JSON value or a Java list (checklists). */
  public static ProcessVariable<List<String>> textList(String name) {
    return new ProcessVariable<>(name, "a list of texts",
        value -> new VariableValues(Map.of(name, value)).textList(name));
  }

  /**
   * A value kept as a JSON variable (a text variable would be cut at 4,000 characters); the
   * engine hands it back as a Spin JSON node.
   */
  public static <T> ProcessVariable<T> json(String name, Class<T> type) {
    return new ProcessVariable<>(name, "JSON of a " + type.getSimpleName(),
        value -> value instanceof SpinJsonNode || value instanceof String ? readJson(value.toString(), type) : null,
        value -> SpinValues.jsonValue(writeJson(value)).create());
  }

  /** The names of these variables, e.g. to remove them from an execution. */
  public static List<String> names(Collection<ProcessVariable<?>> variables) {
    return variables.stream().map(ProcessVariable::name).toList();
  }

  public String name() {
    return name;
  }

  public T from(VariableScope scope) {
    return required(scope.getVariable(name));
  }

  public Optional<T> optionalFrom(VariableScope scope) {
    return optional(scope.getVariable(name));
  }

  /** Only the scope's own variable, e.g. a task's local one, never one of an enclosing scope. */
  public Optional<T> optionalLocalFrom(VariableScope scope) {
    return optional(scope.getVariableLocal(name));
  }

  /** From the variables of a step, a REST request or a test's {@code VariableMap}. */
  public T from(Map<String, ?> variables) {
    return required(variables.get(name));
  }

  public Optional<T> optionalFrom(Map<String, ?> variables) {
    return optional(variables.get(name));
  }

  public T from(RuntimeService runtime, String executionId) {
    return required(runtime.getVariable(executionId, name));
  }

  public Optional<T> optionalFrom(RuntimeService runtime, String executionId) {
    return optional(runtime.getVariable(executionId, name));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, storage.apply(value));
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, storage.apply(value));
  }

  public void set(RuntimeService runtime, String executionId, T value) {
    runtime.setVariable(executionId, name, storage.apply(value));
  }

  /** Puts the value into variables about to be sent, e.g. a start form or a task completion. */
  public void putIn(Map<String, Object> variables, T value) {
    variables.put(name, storage.apply(value));
  }

  @Override
  public String toString() {
    return name;
  }

  private T required(Object value) {
    return optional(value).orElseThrow(() -> new IllegalStateException(
        "Process variable " + name + " is missing; it must be " + typeName));
  }

  private Optional<T> optional(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    T converted = conversion.apply(value);
    if (converted == null) {
      throw new IllegalStateException("Process variable " + name + " must be " + typeName + ", not a "
          + value.getClass().getSimpleName());
    }
    return Optional.of(converted);
  }

  private static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, "a " + type.getSimpleName(),
        value -> type.isInstance(value) ? type.cast(value) : null);
  }

  private static <T> T readJson(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String writeJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private static Optional<Long> wholeNumber(Object value) {
    return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
        ? Optional.of(((Number) value).longValue()) : Optional.empty();
  }
}
