package org.reversementoring.common;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.RestVariables;
import org.reversementoring.support.RestVariables.Json;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * A task takes the fields of its form, each of its type; the fields it only shows stay as they
 * are. The training supervisor's consent stands for every task: the check reads the task's form.
 */
@AppTest
class TaskSubmissionContractTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  private static final AtomicInteger APPLICANTS = new AtomicInteger();

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  private ProcessInstance application;
  private Task consent;

  @BeforeEach
  void applicationWaitsForTheSupervisor() {
    application = runtime.startProcessInstanceByKey(PROCESS_KEY,
        ApplicationFixtures.application("apprentice" + APPLICANTS.incrementAndGet() + "@example.com"));
    Jobs.runDue(management);
    consent = tasks.createTaskQuery().processInstanceId(application.getId()).singleResult();
    assertThat(consent.getAssignee()).isEqualTo("sven");
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"complete", "submit-form"})
  void aVariableOutsideTheFormIsRefusedAndTheTaskStaysOpen(String endpoint) {
    ResponseEntity<Map> refused = submit(endpoint, Map.of(SUPERVISOR_DECISION.name(), "consent", APPLICATION_ID.name(), 1L));

    assertRefusedNaming(refused, APPLICATION_ID.name());
    assertThat(runtime.getVariable(application.getId(), APPLICATION_ID.name())).isNotEqualTo(1L);
  }

  @Test
  void aLaterDecisionCannotBeTakenInAdvance() {
    assertRefusedNaming(submit("complete", Map.of(SUPERVISOR_DECISION.name(), "consent", REVIEW_DECISION.name(), "interview")),
        REVIEW_DECISION.name());
  }

  @Test
  void eachFieldHasItsType() {
    assertRefusedNaming(submit("complete", Map.of(SUPERVISOR_DECISION.name(), new Json("[\"consent\"]"))), SUPERVISOR_DECISION.name());
    assertRefusedNaming(submit("submit-form", Map.of(SUPERVISOR_DECISION.name(), "consent", SUPERVISOR_COMMENT.name(), 5)),
        SUPERVISOR_COMMENT.name());
  }

  @Test
  void aFieldTheFormOnlyShowsCannotBeChanged() {
    assertRefusedNaming(submit("submit-form", Map.of(SUPERVISOR_DECISION.name(), "consent",
        APPLICATION_SUMMARY.name(), "Selected already, no review needed")), APPLICATION_SUMMARY.name());
  }

  @Test
  void whatTasklistSendsIsAcceptedAndWhatTheFormOnlyShowsIsNotStored() {
    Map<String, Map<String, Object>> shown = as("sven").getForObject(
        "/engine-rest/task/" + consent.getId() + "/form-variables", Map.class);
    String summary = (String) shown.get(APPLICATION_SUMMARY.name()).get("value");
    assertThat(summary).as("in Sven's language").contains("Ausbildungsjahr 2");

    ResponseEntity<Map> submitted = submit("submit-form", Map.of(APPLICATION_SUMMARY.name(), summary,
        SUPERVISOR_DECISION.name(), "consent", SUPERVISOR_COMMENT.name(), ""));

    assertThat(submitted.getStatusCode().value()).as(String.valueOf(submitted.getBody())).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(consent.getId()).count()).isZero();
    assertThat(runtime.getVariable(application.getId(), APPLICATION_SUMMARY.name())).isNull();
  }

  @Test
  void theAssigneeCannotSetProcessVariablesThroughTheTask() {
    ResponseEntity<Map> refused = as("sven").postForEntity("/engine-rest/task/" + consent.getId() + "/variables",
        RestVariables.json(Map.of("modifications", RestVariables.typed(Map.of(ELIGIBLE.name(), true)))), Map.class);

    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(runtime.getVariable(application.getId(), ELIGIBLE.name())).isNull();
  }

  private void assertRefusedNaming(ResponseEntity<Map> refused, String field) {
    assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(400);
    assertThat(RestVariables.refusedFields(refused.getBody())).containsExactly(field);
    assertThat(tasks.createTaskQuery().taskId(consent.getId()).count()).as("the task stays open").isOne();
  }

  private ResponseEntity<Map> submit(String endpoint, Map<String, Object> variables) {
    return as("sven").postForEntity("/engine-rest/task/" + consent.getId() + "/" + endpoint,
        RestVariables.request(variables), Map.class);
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, user + "-demo");
  }
}
