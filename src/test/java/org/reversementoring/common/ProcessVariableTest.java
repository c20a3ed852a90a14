package org.reversementoring.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.RejectedInputException;

/** One declaration per variable: its name and type, read and written the same way everywhere. */
class ProcessVariableTest {

  static final ProcessVariable<Long> APPLICATION_ID = ProcessVariable.longValue("applicationId");
  static final ProcessVariable<Integer> POSITION = ProcessVariable.integer("waitlistPosition");
  static final ProcessVariable<String> REASON = ProcessVariable.string("decisionReason");
  static final ProcessVariable<Boolean> ELIGIBLE = ProcessVariable.bool("eligible");
  static final ProcessVariable<Date> DUE = ProcessVariable.date("due");
  static final ProcessVariable<List<String>> TOPICS = ProcessVariable.textList("topics");

  @Test
  void aWholeNumberIsReadWhateverTypeTheSenderStoredItAs() {
    assertThat(APPLICATION_ID.from(Map.of("applicationId", 7))).isEqualTo(7L);
    assertThat(APPLICATION_ID.from(Map.of("applicationId", 7L))).isEqualTo(7L);
    assertThat(APPLICATION_ID.from(Map.of("applicationId", (short) 7))).isEqualTo(7L);
    assertThat(POSITION.from(Map.of("waitlistPosition", 3L))).isEqualTo(3);
  }

  @Test
  void aValueOfAnotherTypeIsRefusedNamingTheVariable() {
    assertThatThrownBy(() -> APPLICATION_ID.from(Map.of("applicationId", "7")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Process variable applicationId must be a whole number, not a String");
    assertThatThrownBy(() -> POSITION.from(Map.of("waitlistPosition", 3.5)))
        .hasMessageContaining("waitlistPosition must be a whole number");
    assertThatThrownBy(() -> POSITION.from(Map.of("waitlistPosition", Long.MAX_VALUE)))
        .as("too big for an int").hasMessageContaining("waitlistPosition must be a whole number");
    assertThatThrownBy(() -> ELIGIBLE.from(Map.of("eligible", "true")))
        .hasMessage("Process variable eligible must be a Boolean, not a String");
  }

  @Test
  void aRequiredVariableThatIsMissingIsNamed() {
    assertThatThrownBy(() -> REASON.from(Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Process variable decisionReason is missing; it must be a String");
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("decisionReason", null);
    assertThat(REASON.optionalFrom(withNull)).isEmpty();
  }

  @Test
  void optionalReadsGiveTheValueOrNothing() {
    assertThat(REASON.optionalFrom(Map.of("decisionReason", "Strong motivation"))).contains("Strong motivation");
    assertThat(POSITION.optionalFrom(Map.of())).isEmpty();
    Date due = new Date(0);
    assertThat(DUE.from(Map.of("due", due))).isEqualTo(due);
  }

  @Test
  void aListOfTextsComesAsJsonTextOrAsJavaList() {
    assertThat(TOPICS.from(Map.of("topics", "[\"ai-tools\",\"social-media\"]")))
        .containsExactly("ai-tools", "social-media");
    assertThat(TOPICS.from(Map.of("topics", List.of("ai-tools")))).containsExactly("ai-tools");
    assertThatThrownBy(() -> TOPICS.from(Map.of("topics", "ai-tools")))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("topics");
  }

  @Test
  void writesUnderItsNameForStartFormsTaskCompletionsAndTests() {
    VariableMap variables = Variables.createVariables();
    APPLICATION_ID.putIn(variables, 7L);
    REASON.putIn(variables, "Strong motivation");

    assertThat(variables).containsEntry("applicationId", 7L).containsEntry("decisionReason", "Strong motivation");
    assertThat(ProcessVariable.names(List.of(APPLICATION_ID, REASON))).containsExactly("applicationId", "decisionReason");
    assertThat(APPLICATION_ID.name()).isEqualTo("applicationId");
  }
}
