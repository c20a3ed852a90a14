package org.reversementoring.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The proposal under review as a JSON process variable: a text variable would be cut at 4,000
 * characters, a large cohort's proposal is longer.
 */
final class ProposalVariable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProposalVariable() {
  }

  static TypedValue of(MatchingResult result) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(result)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the proposal as JSON", e);
    }
  }

  static MatchingResult read(VariableScope scope) {
    JsonValue value = scope.getVariableTyped(MatchingVariables.PROPOSAL, false);
    try {
      return JSON.readValue(value.getValueSerialized(), MatchingResult.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read the proposal", e);
    }
  }
}
