package org.reversementoring.common.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.RejectedInputException;

/**
 * A Camunda form (form-js JSON) as the contract of what may be submitted with it: only its
 * fields, each of its kind, and the fields it only shows (read-only or disabled) as they are.
 * Whether a value is allowed (ranges, options, lengths) stays with the step's own validation.
 */
final class FormContract {

  static final String NOT_A_FIELD = "is not a field of this form";
  static final String SHOWN_ONLY = "is shown for information and cannot be changed";

  /** For a step whose shown fields hold nothing yet, e.g. a start form. */
  static final Function<String, List<Object>> NOTHING_SHOWN = name -> Collections.singletonList(null);

  private static final ObjectMapper JSON = new ObjectMapper();

  private record Field(FieldKind kind, boolean shownOnly) {
  }

  private final Map<String, Field> fields;

  private FormContract(Map<String, Field> fields) {
    this.fields = Map.copyOf(fields);
  }

  static FormContract parse(InputStream form) {
    try {
      Map<String, Field> fields = new HashMap<>();
      collect(JSON.readTree(form), fields);
      return new FormContract(fields);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable form", e);
    }
  }

  Set<String> fieldNames() {
    return fields.keySet();
  }

  /** The fields the form only shows (read-only or disabled). */
  Set<String> shownOnlyFields() {
    return fields.entrySet().stream().filter(field -> field.getValue().shownOnly()).map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Refuses, naming each, a variable that is not a field, a value of the wrong kind and a change
   * to a field the form only shows. {@code shown} gives what a shown field may come back as: the
   * value it has now (or the text it showed, see {@link ShownText}).
   */
  void check(Map<String, ?> submitted, Function<String, List<Object>> shown) {
    List<FieldError> errors = new ArrayList<>();
    for (String name : submitted.keySet()) {
      Object value = submitted instanceof VariableMap variables ? variables.getValueTyped(name) : submitted.get(name);
      Field field = fields.get(name);
      if (field == null) {
        errors.add(new FieldError(name, NOT_A_FIELD));
      } else if (field.shownOnly()) {
        // Tasklist sends the shown value back unchanged
        if (shown.apply(name).stream().map(FormContract::comparable).noneMatch(comparable(value)::equals)) {
          errors.add(new FieldError(name, SHOWN_ONLY));
        }
      } else if (!field.kind().accepts(ValueShape.of(value))) {
        errors.add(new FieldError(name, field.kind().expectation()));
      }
    }
    if (!errors.isEmpty()) {
      throw new RejectedInputException(errors);
    }
  }

  /**
   * What is submitted without the fields the form only shows: they are the program's words, not
   * the person's, and stay as they are.
   */
  Map<String, Object> input(Map<String, Object> submitted) {
    if (submitted instanceof VariableMap variables) {
      VariableMap input = Variables.createVariables();
      variables.keySet().stream().filter(name -> !isShownOnly(name))
          .forEach(name -> input.putValueTyped(name, variables.getValueTyped(name)));
      return input;
    }
    Map<String, Object> input = new HashMap<>();
    submitted.forEach((name, value) -> {
      if (!isShownOnly(name)) {
        input.put(name, value);
      }
    });
    return input;
  }

  private boolean isShownOnly(String name) {
    Field field = fields.get(name);
    return field != null && field.shownOnly();
  }

  private static void collect(JsonNode container, Map<String, Field> fields) {
    for (JsonNode component : container.path("components")) {
      if (component.hasNonNull("key")) {
        FieldKind kind = FieldKind.ofComponent(component.path("type").asText(),
            component.path("properties").path("variable").asText(null));
        boolean shownOnly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
        fields.put(component.get("key").asText(), new Field(kind, shownOnly));
      }
      collect(component, fields);
    }
  }

  private static String comparable(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return String.valueOf(serializable.getValueSerialized()).strip();
    }
    Object plain = value instanceof TypedValue typed ? typed.getValue() : value;
    if (plain instanceof Number number && ValueShape.of(number) == ValueShape.WHOLE_NUMBER) {
      return Long.toString(number.longValue());
    }
    return plain == null ? "" : plain.toString().replace("\r\n", "\n").strip();
  }
}
