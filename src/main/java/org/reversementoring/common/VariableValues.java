package org.reversementoring.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads values that arrive as process variables from Camunda Forms or REST callers, where one
 * field may come as a Long, an Integer, a String or a JSON value depending on the sender.
 * Anything that does not fit is refused naming the field.
 */
public final class VariableValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Object> variables;

  public VariableValues(Map<String, Object> variables) {
    this.variables = variables;
  }

  public String text(String name) {
    Object value = variables.get(name);
    return value == null ? null : value.toString().strip();
  }

  public Integer wholeNumber(String name) {
    Object value = variables.get(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return Math.toIntExact(((Number) value).longValue());
    }
    try {
      double number = Double.parseDouble(value.toString().strip());
      if (number == Math.rint(number) && Math.abs(number) < Integer.MAX_VALUE) {
        return (int) number;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new RejectedInputException(name, "must be a whole number");
  }

  public boolean flag(String name) {
    Object value = variables.get(name);
    if (value instanceof Boolean b) {
      return b;
    }
    return value != null && "true".equalsIgnoreCase(value.toString().strip());
  }

  /**
   * Like {@link #textList}, but a plain text such as "a@example.com, b@example.com" (what a
   * person types into one form field) is split at commas, semicolons and blanks.
   */
  public List<String> separatedList(String name) {
    Object value = variables.get(name);
    if (value instanceof String text && !text.strip().startsWith("[")) {
      return java.util.Arrays.stream(text.split("[,;\\s]+")).filter(part -> !part.isBlank()).toList();
    }
    return textList(name);
  }

  /** A list of strings sent as a JSON array, a Spin JSON value or a Java collection. */
  public List<String> textList(String name) {
    Object value = variables.get(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof SpinJsonNode node) {
      value = node.toString();
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(String::valueOf).toList();
    }
    String json = value.toString().strip();
    if (json.isEmpty()) {
      return List.of();
    }
    try {
      return List.of(JSON.readValue(json, String[].class));
    } catch (JsonProcessingException e) {
      throw new RejectedInputException(name, "must be a JSON array of texts, e.g. [\"ai-tools\"]");
    }
  }
}
