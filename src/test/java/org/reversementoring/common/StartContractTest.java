package org.reversementoring.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.enrollment.MenteeRepository;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.RestVariables;
import org.reversementoring.support.RestVariables.Json;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The start variables of every process one can start over REST are the start form's fields, each
 * of its type: anything else is refused with 400 naming the variable, and nothing starts.
 * (mentor-recruitment: {@code recruitment.ApplicationRefusalTest}.)
 */
@AppTest
class StartContractTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired MenteeRepository mentees;

  static Stream<Arguments> badEnrollments() {
    return Stream.of(
        bad("firstName", v -> v.put(EnrollmentVariables.FIRST_NAME.name(), 42)),
        bad("managementLevel", v -> v.put(EnrollmentVariables.MANAGEMENT_LEVEL.name(), true)),
        bad("location", v -> v.put(EnrollmentVariables.LOCATION.name(), new Json("{\"city\":\"Munich\"}"))),
        bad("birthYear", v -> v.put(EnrollmentVariables.BIRTH_YEAR.name(), "1968")),
        bad("topics", v -> v.put(EnrollmentVariables.TOPICS.name(), 3)),
        bad("availability", v -> v.put(EnrollmentVariables.AVAILABILITY.name(), new Json("{\"TUE\":\"AM\"}"))),
        bad("enrollmentDecision", v -> v.put(EnrollmentVariables.ENROLLMENT_DECISION.name(), "confirm")),
        bad("menteeId", v -> v.put(EnrollmentVariables.MENTEE_ID.name(), 1L)));
  }

  @ParameterizedTest(name = "{0} refused on {2}")
  @MethodSource("onBothEndpoints")
  void badEnrollmentStartsNothing(String field, Consumer<Map<String, Object>> change, String endpoint) {
    Map<String, Object> enrollment = EnrollmentFixtures.enrollment("eva.typed@example.com");
    change.accept(enrollment);
    long menteesBefore = mentees.count();

    assertRefusedStartingNothing("mentee-enrollment", endpoint, enrollment, field);
    assertThat(mentees.count()).isEqualTo(menteesBefore);
  }

  static Stream<Arguments> onBothEndpoints() {
    return badEnrollments().flatMap(arguments -> Stream.of("start", "submit-form").map(endpoint ->
        Arguments.of(arguments.get()[0], arguments.get()[1], endpoint)));
  }

  /** The program office's own start forms: a valid form plus one variable the process sets itself. */
  static Stream<Arguments> coordinatorStarts() {
    Map<String, Object> plan = new HashMap<>(Map.of("cohortName", "Typed cohort", "cohortLocation", "Room 3",
        "trainerName", "Tina Kramer", "trainerEmail", "tina.kramer@example.com", "capacity", 5,
        "firstModuleStart", "2031-03-01T09:00", "daysBetweenModules", 7));
    plan.put("cohortId", 1L);
    Map<String, Object> matching = new HashMap<>(Map.of("cohortName", "Typed tandems", "tandemStartDate", "2031-03-10"));
    matching.put("matchingDecision", "approve");
    Map<String, Object> substitution = new HashMap<>(Map.of("tandemNumber", "RMT-2031-001",
        "substituteEmail", "kai.substitute@example.com"));
    substitution.put("substituteMentorId", 7L);
    return Stream.of(
        Arguments.of("plan-academy-cohort", plan, "cohortId"),
        Arguments.of("tandem-matching", matching, "matchingDecision"),
        Arguments.of("assign-substitute-mentor", substitution, "substituteMentorId"));
  }

  @ParameterizedTest(name = "{2} refused on {0}")
  @MethodSource("coordinatorStarts")
  void variablesOutsideTheStartFormAreRefused(String processKey, Map<String, Object> variables, String field) {
    assertRefusedStartingNothing(processKey, "start", variables, field);
  }

  private void assertRefusedStartingNothing(String processKey, String endpoint, Map<String, Object> variables,
      String field) {
    long instancesBefore = runtime.createProcessInstanceQuery().count();
    long historicBefore = history.createHistoricProcessInstanceQuery().count();

    ResponseEntity<Map> response = http.withBasicAuth("carla", "carla-demo").postForEntity(
        "/engine-rest/process-definition/key/" + processKey + "/" + endpoint, RestVariables.request(variables), Map.class);

    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(400);
    assertThat(RestVariables.refusedFields(response.getBody())).containsExactly(field);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(historicBefore);
  }

  private static Arguments bad(String field, Consumer<Map<String, Object>> change) {
    return Arguments.of(field, change);
  }
}
