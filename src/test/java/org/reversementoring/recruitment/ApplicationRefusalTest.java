package org.reversementoring.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reversementoring.recruitment.RecruitmentVariables.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.RestVariables.Json;
import org.reversementoring.support.RestVariables;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Bad applications sent over the REST API the way another system would: each is refused with
 * 400 and a message naming the field, and leaves no process instance and no record behind.
 */
@AppTest
class ApplicationRefusalTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  private static final String START = "/engine-rest/process-definition/key/mentor-recruitment/start";
  private static final String SUBMIT = "/engine-rest/process-definition/key/mentor-recruitment/submit-form";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.HistoryService history;
  @Autowired ManagementService management;
  @Autowired MentorRepository mentors;
  @Autowired MentorApplicationRepository applications;

  static Stream<Arguments> badApplications() {
    return Stream.of(
        bad("email", v -> v.put(EMAIL.name(), "zoe-at-example.com")),
        bad("email", v -> v.put(EMAIL.name(), "")),
        bad("privacyConsent", v -> v.put(PRIVACY_CONSENT.name(), false)),
        bad("topics", v -> v.put(TOPICS.name(), "[\"knitting\"]")),
        bad("topics", v -> v.put(TOPICS.name(), "[]")),
        bad("topics", v -> v.put(TOPICS.name(), "not json")),
        bad("motivation", v -> v.put(MOTIVATION.name(), "x".repeat(2001))),
        bad("firstName", v -> v.put(FIRST_NAME.name(), "Z".repeat(101))),
        bad("trainingYear", v -> v.put(TRAINING_YEAR.name(), 5)),
        bad("trainingYear", v -> v.put(TRAINING_YEAR.name(), "two")),
        bad("language", v -> v.put(LANGUAGE.name(), "fr")),
        bad("supervisorEmail", v -> v.put(SUPERVISOR_EMAIL.name(), "zoe.refused@example.com")),
        // every contract variable has a type; texts are texts, numbers numbers, flags booleans
        bad("firstName", v -> v.put(FIRST_NAME.name(), 42)),
        bad("lastName", v -> v.put(LAST_NAME.name(), true)),
        bad("motivation", v -> v.put(MOTIVATION.name(), new Json("{\"text\":\"I like apps\"}"))),
        bad("location", v -> v.put(LOCATION.name(), new Json("[\"Munich\"]"))),
        bad("trainingYear", v -> v.put(TRAINING_YEAR.name(), "2")),
        bad("privacyConsent", v -> v.put(PRIVACY_CONSENT.name(), "true")),
        // variables outside the contract would otherwise pre-fill later decisions
        bad("reviewDecision", v -> v.put(REVIEW_DECISION.name(), "interview")),
        bad("eligible", v -> v.put(ELIGIBLE.name(), true)),
        bad("supervisorDecision", v -> v.put(SUPERVISOR_DECISION.name(), "consent")));
  }

  private static Arguments bad(String field, Consumer<Map<String, Object>> change) {
    return Arguments.of(field, change);
  }

  @ParameterizedTest(name = "{0} refused on /start")
  @MethodSource("badApplications")
  void badFieldIsRefusedOnStart(String field, Consumer<Map<String, Object>> change) {
    assertRefused(START, field, change);
  }

  @ParameterizedTest(name = "{0} refused on /submit-form")
  @MethodSource("badApplications")
  void badFieldIsRefusedOnSubmitForm(String field, Consumer<Map<String, Object>> change) {
    assertRefused(SUBMIT, field, change);
  }

  @Test
  void secondOpenApplicationOfTheSamePersonIsRefused() {
    Map<String, Object> application = ApplicationFixtures.application("zoe.twice@example.com");
    long applicationsBefore = applications.count();
    assertThat(post(START, application).getStatusCode()).isEqualTo(HttpStatus.OK);
    long instances = runtime.createProcessInstanceQuery().count();

    ResponseEntity<Map> second = post(START, ApplicationFixtures.application("Zoe.Twice@example.com"));
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) second.getBody().get("message")).contains("email: there is already an open application");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(applications.count()).isEqualTo(applicationsBefore + 1);
  }

  @Test
  void validApplicationWithNonAsciiNameAndSpinJsonTopicsIsAccepted() {
    Map<String, Object> application = ApplicationFixtures.application("zoe.json@example.com");
    application.put(TOPICS.name(), new Json(String.valueOf(application.get(TOPICS.name()))));
    ResponseEntity<Map> response = post(START, application);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) response.getBody().get("businessKey")).matches("RMA-\\d{4}-\\d{4}");
    Jobs.runDue(management);
    MentorApplication stored = applications.findByNumber((String) response.getBody().get("businessKey")).orElseThrow();
    assertThat(stored.getMentor().getFullName()).isEqualTo("Zoë Łukasiewicz-Müller");
    assertThat(stored.getTopicCodes()).containsExactly("connected-car", "ai-tools");
  }

  @Test
  void unauthenticatedCallerIsTurnedAway() {
    long applicationsBefore = applications.count();
    ResponseEntity<String> response = http.postForEntity(START,
        RestVariables.request(ApplicationFixtures.application("anon@example.com")), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(applications.count()).isEqualTo(applicationsBefore);
  }

  private void assertRefused(String endpoint, String field, Consumer<Map<String, Object>> change) {
    Map<String, Object> application = ApplicationFixtures.application("zoe.refused@example.com");
    change.accept(application);
    long instancesBefore = runtime.createProcessInstanceQuery().count();
    long historicBefore = historicInstances();
    long mentorsBefore = mentors.count();
    long applicationsBefore = applications.count();

    ResponseEntity<Map> response = post(endpoint, application);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message")).contains(field + ":");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    assertThat(historicInstances()).isEqualTo(historicBefore);
    assertThat(mentors.count()).isEqualTo(mentorsBefore);
    assertThat(applications.count()).isEqualTo(applicationsBefore);
  }

  private long historicInstances() {
    return history.createHistoricProcessInstanceQuery().count();
  }

  private ResponseEntity<Map> post(String endpoint, Map<String, Object> application) {
    return http.withBasicAuth("carla", "carla-demo").postForEntity(endpoint, RestVariables.request(application), Map.class);
  }
}
