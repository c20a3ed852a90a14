package org.reversementoring.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reversementoring.recruitment.RecruitmentVariables.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.RestVariables;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * A refusal says what was refused, not whose: no id of another person's process instance or task
 * beyond the one the caller named. A process that has ended answers 404, not 500.
 */
@AppTest
class RefusalDisclosureTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  private static final AtomicInteger APPLICANTS = new AtomicInteger();

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  void aRefusedMessageCorrelationNamesNoOnesInstance() {
    ProcessInstance others = someoneElsesApplication();

    ResponseEntity<String> refused = as("lena").postForEntity("/engine-rest/message", RestVariables.json(Map.of(
        "messageName", WITHDRAWAL_MESSAGE, "businessKey", others.getBusinessKey())), String.class);

    // participants correlate no messages at all (security.EngineApiAccess): the gate refuses first
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getBody()).startsWith("Refused: your account may not POST this resource")
        .doesNotContain(others.getId()).doesNotContain(others.getBusinessKey());
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(others.getId()).count())
        .as("not withdrawn").isOne();
  }

  @Test
  void completingSomeoneElsesTaskIsRefusedWithoutNamingTheirInstance() {
    ProcessInstance others = someoneElsesApplication();
    Task consent = tasks.createTaskQuery().processInstanceId(others.getId()).singleResult();

    ResponseEntity<Map> refused = as("lena").postForEntity("/engine-rest/task/" + consent.getId() + "/complete",
        RestVariables.request(Map.of(SUPERVISOR_DECISION.name(), "consent")), Map.class);

    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getBody().toString()).doesNotContain(others.getId()).doesNotContain(others.getBusinessKey());
    assertThat(tasks.createTaskQuery().taskId(consent.getId()).count()).isOne();
  }

  /** The authorization is checked before the form: a refusal tells nothing about the task's form. */
  @ParameterizedTest
  @ValueSource(strings = {"complete", "submit-form"})
  void submittingAFieldToSomeoneElsesTaskIsRefusedWithoutTellingTheForm(String endpoint) {
    Task consent = tasks.createTaskQuery().processInstanceId(someoneElsesApplication().getId()).singleResult();

    ResponseEntity<Map> refused = as("lena").postForEntity("/engine-rest/task/" + consent.getId() + "/" + endpoint,
        RestVariables.request(Map.of("notOnTheForm", "x")), Map.class);

    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getBody().get("message").toString()).startsWith("You are not allowed to do this")
        .doesNotContain("notOnTheForm").doesNotContain(SUPERVISOR_DECISION.name());
    assertThat(tasks.createTaskQuery().taskId(consent.getId()).count()).isOne();
  }

  @Test
  void readingSomeoneElsesVariablesIsRefusedWithoutTheirData() {
    ProcessInstance others = someoneElsesApplication();

    ResponseEntity<Map> refused = as("lena").getForEntity(
        "/engine-rest/process-instance/" + others.getId() + "/variables", Map.class);

    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getBody().get("message").toString()).startsWith("You are not allowed to do this");
    assertThat(refused.getBody().toString()).doesNotContain(others.getBusinessKey());
  }

  @Test
  void theVariablesOfAnEndedProcessAreNotFound() {
    ProcessInstance ended = someoneElsesApplication();
    runtime.deleteProcessInstance(ended.getId(), "ended for the test", true);

    for (String path : new String[] {"/variables", "/variables/" + APPLICATION_ID.name()}) {
      ResponseEntity<Map> response = as("carla").getForEntity(
          "/engine-rest/process-instance/" + ended.getId() + path, Map.class);

      assertThat(response.getStatusCode().value()).as(path + ": " + response.getBody()).isEqualTo(404);
      assertThat(response.getBody().get("message").toString()).contains("does not exist");
    }
  }

  @Test
  void theVariablesOfACompletedTaskAreNotFound() {
    Task consent = tasks.createTaskQuery().processInstanceId(someoneElsesApplication().getId()).singleResult();
    tasks.complete(consent.getId(), Map.of(SUPERVISOR_DECISION.name(), "consent"));

    ResponseEntity<Map> response = as("carla").getForEntity("/engine-rest/task/" + consent.getId() + "/variables", Map.class);

    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(404);
    assertThat(response.getBody().get("message").toString()).contains("does not exist");
  }

  /** An application waiting for its supervisor's consent, started by the program office. */
  private ProcessInstance someoneElsesApplication() {
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY,
        ApplicationFixtures.application("someone" + APPLICANTS.incrementAndGet() + "@example.com"));
    Jobs.runDue(management);
    return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, user + "-demo");
  }
}
