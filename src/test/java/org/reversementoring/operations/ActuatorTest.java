package org.reversementoring.operations;

import org.reversementoring.support.TestSmtp;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Health, probes and Prometheus metrics on the real app, and who may read them. Spring Boot
 * tests switch metrics export off unless asked: {@link AppTest} asks.
 */
@AppTest
class ActuatorTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;

  @Test
  void livenessIsOpenToTheOrchestrator() {
    ResponseEntity<String> response = http.getForEntity("/actuator/health/liveness", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"status\":\"UP\"");
  }

  @Test
  void everythingElseAsksForCredentials() {
    for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/health/readiness",
        "/actuator/prometheus", "/actuator/metrics", "/actuator/info"}) {
      ResponseEntity<String> response = http.getForEntity(path, String.class);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(response.getHeaders().getFirst("WWW-Authenticate")).as(path).startsWith("Basic");
    }
    // not a demo user: a wrong password would lock that account for a few seconds
    assertThat(http.withBasicAuth("mallory", "mallory-demo").getForEntity("/actuator/health", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @SuppressWarnings("unchecked")
  void healthShowsEngineDatabaseAndMailServerToACamundaUser() {
    ResponseEntity<Map<String, Object>> response = http.withBasicAuth("admin", "admin-demo")
        .exchange("/actuator/health", HttpMethod.GET, null, JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("status", "UP");
    Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) response.getBody().get("components");
    assertThat(components).containsKeys("db", "mail", "processEngine", "livenessState", "readinessState");
    assertThat(components.get("processEngine")).containsEntry("status", "UP");
    assertThat(components.get("mail")).containsEntry("status", "UP");
    assertThat(http.withBasicAuth("lena", "lena-demo").getForEntity("/actuator/health/readiness", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void onlyAdminsAndProcessOwnersReadMetrics() {
    TestRestTemplate lena = http.withBasicAuth("lena", "lena-demo");
    assertThat(lena.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(lena.getForEntity("/actuator/metrics", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(lena.getForEntity("/actuator/metrics/camunda.incidents.open", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(lena.getForEntity("/actuator/%70rometheus", String.class).getStatusCode()).isNotEqualTo(HttpStatus.OK);
    assertThat(lena.getForEntity("/actuator/health/../prometheus", String.class).getStatusCode())
        .isNotEqualTo(HttpStatus.OK);

    ResponseEntity<String> otto = http.withBasicAuth("otto", "otto-demo").getForEntity("/actuator/prometheus", String.class);
    assertThat(otto.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(otto.getBody())
        .contains("camunda_incidents_open{", "incident_type=\"failedJob\"", "incident_type=\"other\"")
        .contains("camunda_jobs_executable", "camunda_jobs_no_retries_left")
        .contains("camunda_process_instances_running{", "process_definition_key=\"mentor-recruitment\"");
    assertThat(http.withBasicAuth("admin", "admin-demo").getForEntity("/actuator/metrics/camunda.jobs.executable", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void anIncidentShowsInTheGauge() {
    Deployment deployment = repository.createDeployment().name("operations-probe")
        .addModelInstance("operations-probe.bpmn", Bpmn.createExecutableProcess("operations-probe")
            .camundaHistoryTimeToLive(1).startEvent().userTask().endEvent().done())
        .deploy();
    try {
      double failedJobs = gauge("camunda_incidents_open", "incident_type=\"failedJob\"");
      double others = gauge("camunda_incidents_open", "incident_type=\"other\"");
      ProcessInstance instance = runtime.startProcessInstanceByKey("operations-probe");
      runtime.createIncident("failedJob", instance.getId(), "operations test", "SMTP down");

      assertThat(gauge("camunda_incidents_open", "incident_type=\"failedJob\"")).isEqualTo(failedJobs + 1);
      assertThat(gauge("camunda_incidents_open", "incident_type=\"other\"")).isEqualTo(others);

      runtime.createIncident("operationsProbe", instance.getId(), "a type without handler");
      assertThat(gauge("camunda_incidents_open", "incident_type=\"other\"")).isEqualTo(others + 1);
    } finally {
      repository.deleteDeployment(deployment.getId(), true);
    }
  }

  /** The value of the one series of a metric whose labels contain {@code label}. */
  private double gauge(String name, String label) {
    String body = http.withBasicAuth("otto", "otto-demo").getForObject("/actuator/prometheus", String.class);
    return body.lines()
        .filter(line -> line.startsWith(name + "{") && line.contains(label))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .reduce((a, b) -> {
          throw new AssertionError("more than one series " + name + " " + label);
        })
        .orElseThrow(() -> new AssertionError("no series " + name + " " + label + " in\n" + body));
  }
}
