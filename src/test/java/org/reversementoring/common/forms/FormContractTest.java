package org.reversementoring.common.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.recruitment.RecruitmentVariables;

/** The forms as contracts: every form reads, and the two start forms are the REST contract. */
class FormContractTest {

  static Stream<Path> forms() throws IOException {
    return Files.list(Path.of("forms")).filter(path -> path.toString().endsWith(".form")).sorted();
  }

  @ParameterizedTest
  @MethodSource("forms")
  void everyFormReadsAsAContract(Path form) {
    assertThat(contract(form.getFileName().toString()).fieldNames()).isNotEmpty();
  }

  @Test
  void theStartFormsAreTheRestContract() {
    assertThat(contract("mentor-application.form").fieldNames()).as("the brief's contract, and the later optional two")
        .containsExactlyInAnyOrder("firstName", "lastName", "email", "occupation", "trainingYear", "department",
            "location", "supervisorEmail", "topics", "motivation", "language", "privacyConsent", "birthYear",
            "availability");
    assertThat(contract("mentee-enrollment.form").fieldNames()).containsExactlyInAnyOrder(
        "firstName", "lastName", "email", "department", "managementLevel", "birthYear", "topics", "language",
        "location", "availability", "exclusions");
  }

  @Test
  void whatFormsRestCallersAndTheJavaApiSendIsAccepted() {
    FormContract enrollment = contract("mentee-enrollment.form");
    enrollment.check(Map.of(EnrollmentVariables.BIRTH_YEAR.name(), 1968L, EnrollmentVariables.TOPICS.name(), List.of("ai-tools"),
        EnrollmentVariables.EXCLUSIONS.name(), "a@example.com, b@example.com"), FormContract.NOTHING_SHOWN);
    enrollment.check(Variables.createVariables()
        .putValueTyped(EnrollmentVariables.BIRTH_YEAR.name(), Variables.doubleValue(1968.0))
        .putValueTyped(EnrollmentVariables.AVAILABILITY.name(), Variables.serializedObjectValue("[\"TUE-AM\"]")
            .serializationDataFormat("application/json").create())
        .putValueTyped(EnrollmentVariables.EXCLUSIONS.name(), Variables.stringValue("[]")), FormContract.NOTHING_SHOWN);
  }

  @Test
  void aRefusalNamesEveryOffendingVariable() {
    assertThatThrownBy(() -> contract("mentor-application.form").check(Map.of(
        RecruitmentVariables.FIRST_NAME.name(), 42, RecruitmentVariables.TRAINING_YEAR.name(), 2.5,
        RecruitmentVariables.PRIVACY_CONSENT.name(), "yes", RecruitmentVariables.ELIGIBLE.name(), true), FormContract.NOTHING_SHOWN))
        .isInstanceOfSatisfying(RejectedInputException.class, refused -> assertThat(refused.getMessage()).isEqualTo(
            "eligible: is not a field of this form; firstName: must be a text; "
                + "privacyConsent: must be true or false; trainingYear: must be a whole number"));
  }

  @Test
  void aFieldTheFormOnlyShowsMayComeBackUnchanged() {
    FormContract logSession = contract("log-session.form");
    logSession.check(Map.of("sessionPosition", 2L, "sessionHeld", "yes"), name -> List.of(2));

    assertThatThrownBy(() -> logSession.check(Map.of("sessionPosition", 1), name -> List.of(2)))
        .hasMessage("sessionPosition: is shown for information and cannot be changed");
  }

  @Test
  void aTextShownInEitherLanguageMayComeBackAndIsNotStored() {
    FormContract consent = contract("supervisor-consent.form");
    List<Object> shown = List.of("Motivation: cars", "Motivation: Autos");
    Map<String, Object> submitted = Map.of("applicationSummary", "Motivation: Autos\r\n", "supervisorDecision", "consent");

    consent.check(submitted, name -> shown);

    assertThat(consent.input(submitted)).containsOnlyKeys("supervisorDecision");
    assertThat(consent.input(Variables.createVariables().putValue("applicationSummary", "Motivation: cars")
        .putValueTyped("supervisorDecision", Variables.stringValue("consent"))))
        .isInstanceOf(VariableMap.class).containsOnlyKeys("supervisorDecision");
    assertThatThrownBy(() -> consent.check(Map.of("applicationSummary", "Motivation: bikes"), name -> shown))
        .hasMessage("applicationSummary: is shown for information and cannot be changed");
  }

  private static FormContract contract(String file) {
    try (InputStream form = Files.newInputStream(Path.of("forms", file))) {
      return FormContract.parse(form);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
