package org.reversementoring.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Process variables as Camunda Forms and REST callers send them. */
class VariableValuesTest {

  static VariableValues of(String name, Object value) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(name, value);
    return new VariableValues(variables);
  }

  @Test
  void textIsTrimmed() {
    assertThat(of("firstName", "  Zoë \n").text("firstName")).isEqualTo("Zoë");
    assertThat(of("firstName", "Łukasiewicz-Müller").text("firstName"))
        .isEqualTo("Łukasiewicz-Müller");
    assertThat(of("trainingYear", 2L).text("trainingYear")).isEqualTo("2");
  }

  @Test
  void missingTextIsNull() {
    assertThat(of("firstName", null).text("firstName")).isNull();
    assertThat(of("other", "x").text("firstName")).isNull();
  }

  @Test
  void wholeNumberAcceptsTheWaysSendersWriteIt() {
    assertThat(of("trainingYear", 3).wholeNumber("trainingYear")).isEqualTo(3);
    assertThat(of("trainingYear", 3L).wholeNumber("trainingYear")).isEqualTo(3);
    assertThat(of("trainingYear", "3").wholeNumber("trainingYear")).isEqualTo(3);
    assertThat(of("trainingYear", " 3 ").wholeNumber("trainingYear")).isEqualTo(3);
    assertThat(of("trainingYear", 3.0).wholeNumber("trainingYear")).isEqualTo(3);
    assertThat(of("trainingYear", "3.0").wholeNumber("trainingYear")).isEqualTo(3);
    assertThat(of("trainingYear", -1).wholeNumber("trainingYear")).isEqualTo(-1);
  }

  @Test
  void wholeNumberIsNullWhenNothingWasSent() {
    assertThat(of("trainingYear", null).wholeNumber("trainingYear")).isNull();
    assertThat(of("trainingYear", "  ").wholeNumber("trainingYear")).isNull();
  }

  @Test
  void wholeNumberRefusesWordsAndFractionsNamingTheVariable() {
    assertThatThrownBy(() -> of("trainingYear", "two").wholeNumber("trainingYear"))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith("trainingYear:")
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> of("trainingYear", 2.5).wholeNumber("trainingYear"))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith("trainingYear:");
    assertThatThrownBy(() -> of("trainingYear", "2.5").wholeNumber("trainingYear"))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith("trainingYear:");
    assertThatThrownBy(() -> of("trainingYear", "NaN").wholeNumber("trainingYear"))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith("trainingYear:");
    assertThatThrownBy(() -> of("trainingYear", 1e12).wholeNumber("trainingYear"))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith("trainingYear:");
  }

  @Test
  void textListAcceptsAJsonArrayString() {
    assertThat(of("topics", "[\"connected-car\",\"ai-tools\"]").textList("topics"))
        .containsExactly("connected-car", "ai-tools");
    assertThat(of("topics", " [] ").textList("topics")).isEmpty();
  }

  @Test
  void textListAcceptsAJavaList() {
    assertThat(of("topics", new ArrayList<>(List.of("social-media", "ai-tools")))
        .textList("topics")).containsExactly("social-media", "ai-tools");
  }

  @Test
  void textListAcceptsSpinJson() {
    assertThat(of("topics", Spin.JSON("[\"a\"]")).textList("topics")).containsExactly("a");
    assertThat(of("topics", Spin.JSON("[\"b\",\"a\",\"c\"]")).textList("topics"))
        .containsExactly("b", "a", "c");
  }

  @Test
  void textListIsEmptyWhenNothingWasSent() {
    assertThat(of("topics", "").textList("topics")).isEmpty();
    assertThat(of("topics", "   ").textList("topics")).isEmpty();
    assertThat(of("topics", null).textList("topics")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"[\"a\"", "ai-tools", "{\"a\":1}", "[\"a\",]", "[[\"a\"]]"})
  void textListRefusesWhatIsNoJsonArrayOfTextsNamingTheVariable(String sent) {
    assertThatThrownBy(() -> of("topics", sent).textList("topics"))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith("topics:")
        .satisfies(e -> assertThat(((RejectedInputException) e).errors())
            .extracting(FieldError::field).containsExactly("topics"));
  }

  @Test
  void flagReadsBooleansAndTheirText() {
    assertThat(of("privacyConsent", Boolean.TRUE).flag("privacyConsent")).isTrue();
    assertThat(of("privacyConsent", Boolean.FALSE).flag("privacyConsent")).isFalse();
    assertThat(of("privacyConsent", "true").flag("privacyConsent")).isTrue();
    assertThat(of("privacyConsent", " TRUE ").flag("privacyConsent")).isTrue();
    assertThat(of("privacyConsent", "false").flag("privacyConsent")).isFalse();
    assertThat(of("privacyConsent", null).flag("privacyConsent")).isFalse();
    assertThat(of("other", true).flag("privacyConsent")).isFalse();
  }

  @Test
  void flagDoesNotTakeOtherTextAsConsent() {
    for (Object value : Set.of("yes", "1", "on", "", "truthy")) {
      assertThat(of("privacyConsent", value).flag("privacyConsent")).as("%s", value).isFalse();
    }
  }
}
