package org.reversementoring.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@IdentityIntegrationTest
class RestApiSecurityTest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> TASK_LIST =
      new ParameterizedTypeReference<>() {
      };

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  TaskService taskService;

  private String inesTaskId;

  @BeforeEach
  void createTaskOfIness() {
    // The REST API looks up "default" in Camunda's static registry. Its first lookup reads any
    // camunda.cfg.xml (the process tests' engine) and another test's engine may have taken the name.
    ProcessEngines.init();
    ProcessEngines.registerProcessEngine(processEngine);
    Task task = taskService.newTask();
    task.setName("Give pulse feedback");
    task.setAssignee(DemoUser.INES.id());
    taskService.saveTask(task);
    inesTaskId = task.getId();
  }

  @AfterEach
  void deleteTask() {
    taskService.deleteTask(inesTaskId, true);
  }

  @Test
  void refusesRequestsWithoutCredentials() {
    ResponseEntity<String> response = rest.getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void refusesUnknownCredentials() {
    // not a demo user: a wrong password would lock that account for a few seconds
    ResponseEntity<String> response = rest.withBasicAuth("mallory", "mallory-demo")
        .getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void answersADemoUserWithBasicAuthentication() {
    ResponseEntity<String> response = as(DemoUser.CARLA).getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aMenteeCannotSeeAnotherPersonsTask() {
    assertThat(taskIds(DemoUser.MARC, "/engine-rest/task")).doesNotContain(inesTaskId);
    assertThat(taskIds(DemoUser.MARC, "/engine-rest/task?assignee=ines")).isEmpty();
    assertThat(as(DemoUser.MARC).getForEntity("/engine-rest/task/" + inesTaskId, String.class)
        .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  @Test
  void theAssigneeAndCoordinatorsSeeTheTask() {
    assertThat(taskIds(DemoUser.INES, "/engine-rest/task")).contains(inesTaskId);
    assertThat(taskIds(DemoUser.CARLA, "/engine-rest/task?assignee=ines")).containsExactly(inesTaskId);
  }

  private TestRestTemplate as(DemoUser user) {
    return rest.withBasicAuth(user.id(), user.password());
  }

  private List<Object> taskIds(DemoUser user, String url) {
    ResponseEntity<List<Map<String, Object>>> response =
        as(user).exchange(url, HttpMethod.GET, null, TASK_LIST);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody().stream().map(task -> task.get("id")).toList();
  }
}
