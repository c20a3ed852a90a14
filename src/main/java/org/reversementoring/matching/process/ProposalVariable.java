package org.reversementoring.matching.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.reversementoring.matching.MatchingResult;

/**
 * The proposal under review as a JSON process variable: a text variable would be cut at 4,000
 * characters, a large cohort's proposal is longer. ({@code ProcessVariable} has no JSON type, so
 * this declaration reads and writes like one.)
 */
public final class ProposalVariable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;

  ProposalVariable(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  public void set(VariableScope scope, MatchingResult result) {
    try {
      scope.setVariable(name, SpinValues.jsonValue(JSON.writeValueAsString(result)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the proposal as JSON", e);
    }
  }

  public MatchingResult from(VariableScope scope) {
    JsonValue value = scope.getVariableTyped(name, false);
    if (value == null) {
      throw missing();
    }
    return read(value.getValueSerialized());
  }

  /** From the variables of a mail step: the engine hands the JSON value over as a Spin node. */
  public MatchingResult from(Map<String, ?> variables) {
    Object value = variables.get(name);
    if (value instanceof SpinJsonNode || value instanceof String) {
      return read(value.toString());
    }
    throw value == null ? missing() : new IllegalStateException("Process variable " + name
        + " must be JSON, not a " + value.getClass().getSimpleName());
  }

  @Override
  public String toString() {
    return name;
  }

  private IllegalStateException missing() {
    return new IllegalStateException("Process variable " + name + " is missing; it must be the proposal as JSON");
  }

  private static MatchingResult read(String json) {
    try {
      return JSON.readValue(json, MatchingResult.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read the proposal", e);
    }
  }
}
