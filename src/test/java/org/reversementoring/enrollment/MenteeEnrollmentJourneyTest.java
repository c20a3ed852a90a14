package org.reversementoring.enrollment;

import org.reversementoring.support.TestSmtp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reversementoring.enrollment.EnrollmentVariables.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.Mails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Executives enrol over the REST contract; coordinators confirm; the waitlist position arrives by mail. */
@AppTest
class MenteeEnrollmentJourneyTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  private static final String START = "/engine-rest/process-definition/key/mentee-enrollment/start";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired MenteeService mentees;

  @Test
  void confirmedExecutivesHearTheirWaitlistPositionInOrder() {
    String first = enrol("petra.first@example.com").getBody().get("businessKey").toString();
    String second = enrol("jürgen.second@example.com").getBody().get("businessKey").toString();
    Jobs.runDue(management);

    assertThat(Mails.to(smtp.getReceivedMessages(), "carla.becker@example.com")).extracting(Mails::subject)
        .contains("New mentee enrollment to confirm: " + first + " (Petra Łęcka-Öztürk)");
    // executives of other tests in this app may be waiting already: these two join behind them
    int waiting = mentees.waitlist().size();
    for (String number : new String[] {first, second}) {
      tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId(),
          Map.of(ENROLLMENT_DECISION.name(), "confirm"));
      Jobs.runDue(management);
    }

    assertThat(mentees.waitlist()).extracting(Mentee::getNumber).as("behind those waiting before, in order")
        .hasSize(waiting + 2).endsWith(first, second);
    assertThat(Mails.to(smtp.getReceivedMessages(), "petra.first@example.com")).extracting(Mails::subject)
        .containsExactly("We received your enrollment " + first, "You are on the waitlist: place " + (waiting + 1));
    assertThat(Mails.to(smtp.getReceivedMessages(), "jürgen.second@example.com")).extracting(Mails::subject)
        .contains("You are on the waitlist: place " + (waiting + 2));
    assertThat(mentees.findByNumber(second).orElseThrow().getExclusions()).containsExactly("boss@example.com");
  }

  @Test
  void badEnrollmentIsRefusedNamingTheFieldAndLeavesNothing() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
    Map<String, Object> variables = variables("eva.bad@example.com");
    variables.put(AVAILABILITY.name(), Map.of("value", "[\"SUN-AM\"]", "type", "Json"));
    ResponseEntity<Map> refused = post("carla", variables);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("message").toString()).contains("availability");

    variables = variables("eva.bad@example.com");
    variables.put(EXCLUSIONS.name(), Map.of("value", "[\"eva.bad@example.com\"]", "type", "Json"));
    assertThat(post("carla", variables).getBody().get("message").toString()).contains("exclusions");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isEqualTo(before);
    assertThat(mentees.waitlist()).extracting(Mentee::getEmail).doesNotContain("eva.bad@example.com");
  }

  @Test
  void onlyExecutivesAndCoordinatorsMayEnrol() {
    assertThat(post("lena", variables("lena.as.mentee@example.com")).getStatusCode().value())
        .as("an apprentice cannot start the mentee enrollment").isIn(403, 404);
    assertThat(post("marc", variables("marc.weber@example.com")).getStatusCode().value()).isEqualTo(200);
  }

  private ResponseEntity<Map> enrol(String email) {
    ResponseEntity<Map> response = post("carla", variables(email));
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
    return response;
  }

  private ResponseEntity<Map> post(String user, Map<String, Object> variables) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user + "-demo").postForEntity(START,
        new HttpEntity<>(Map.of("variables", variables), headers), Map.class);
  }

  private static Map<String, Object> variables(String email) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(FIRST_NAME.name(), Map.of("value", email.startsWith("petra") ? "Petra" : "Jürgen"));
    variables.put(LAST_NAME.name(), Map.of("value", "Łęcka-Öztürk"));
    variables.put(EMAIL.name(), Map.of("value", email));
    variables.put(DEPARTMENT.name(), Map.of("value", "Finance"));
    variables.put(MANAGEMENT_LEVEL.name(), Map.of("value", "head-of-department"));
    variables.put(BIRTH_YEAR.name(), Map.of("value", 1968, "type", "Integer"));
    variables.put(TOPICS.name(), Map.of("value", "[\"ai-tools\",\"social-media\"]", "type", "Json"));
    variables.put(LANGUAGE.name(), Map.of("value", "en"));
    variables.put(LOCATION.name(), Map.of("value", "Munich"));
    variables.put(AVAILABILITY.name(), Map.of("value", "[\"TUE-AM\",\"THU-PM\"]", "type", "Json"));
    variables.put(EXCLUSIONS.name(), Map.of("value", "[\"boss@example.com\"]", "type", "Json"));
    return variables;
  }
}
