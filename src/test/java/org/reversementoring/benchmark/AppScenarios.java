package org.reversementoring.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.reversementoring.identity.TasklistFilters;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.RestVariables;

/**
 * What the program's people send to the running app, each client its own logged-in browser
 * session; and the set-up around it (as the demo administrator over HTTP Basic, never measured).
 */
final class AppScenarios {

  static final String CONSENT_TASK = "Task_GiveSupervisorConsent";
  /**
   * What the program office answers on the tasks it completes, one application's three in turn:
   * consent for the supervisor, the review, the interview (a rejection, which ends the application).
   */
  private static final Map<String, Map<String, Object>> ANSWERS = Map.of(
      CONSENT_TASK, Map.of(RecruitmentVariables.SUPERVISOR_DECISION.name(), "consent"),
      "Task_ReviewApplication", Map.of(RecruitmentVariables.REVIEW_DECISION.name(), "interview"),
      "Task_RecordInterviewResult", Map.of(RecruitmentVariables.INTERVIEW_RESULT.name(), "reject",
          RecruitmentVariables.DECISION_REASON.name(), "Another round suits the team better"));
  /** What Tasklist posts for a filter's first page: its search (empty), newest first, 15 tasks. */
  static final String TASKLIST_PAGE = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"firstResult\":0,\"maxResults\":15,\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
  private static final String ENGINE = "/camunda/api/engine/engine/default";
  private static final String PARTICIPANT_PASSWORD = "Latency-Bench-Harbour-48";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN = "admin:admin-demo";

  private final URI base;
  private final HttpClient admin = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final AtomicLong applications = new AtomicLong();

  AppScenarios(URI base) {
    this.base = base;
  }

  /** HTTP Basic as the demo administrator, for setting up and the health probe (never measured). */
  static String basicAdmin() {
    return "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8));
  }

  /** (c) A coordinator registers an application over the engine REST API (the integration contract's start). */
  List<LoadRun.Request> startApplication() throws Exception {
    return sessions("carla", "carla-demo", session -> () -> {
      String email = "latency-" + applications.incrementAndGet() + "@bench.example.com";
      String body = JSON.writeValueAsString(Map.of("variables",
          RestVariables.typed(ApplicationFixtures.application(email))));
      return () -> session.postJson("/engine-rest/process-definition/key/" + RecruitmentVariables.PROCESS_KEY + "/start",
          body).statusCode();
    });
  }

  /** (a) A coordinator's Tasklist shows the filter "All program tasks". */
  List<LoadRun.Request> taskList() throws Exception {
    String filter = adminGet("/engine-rest/filter?name=" + WebSession.encode(TasklistFilters.ALL_PROGRAM_TASKS))
        .get(0).get("id").asText();
    String list = ENGINE + "/filter/" + filter + "/list?firstResult=0&maxResults=15";
    return sessions("carla", "carla-demo", session -> () -> () -> session.postFromTasklist(list, TASKLIST_PAGE).statusCode());
  }

  /**
   * (b) A coordinator completes tasks in Tasklist as it submits their forms: the supervisor's
   * consent (coordinators act for anyone), the review it opened, the interview result.
   */
  List<LoadRun.Request> completeTask(TaskPool tasks) throws Exception {
    return sessions("carla", "carla-demo", session -> () -> {
      TaskPool.OpenTask task = tasks.next();
      String body = JSON.writeValueAsString(Map.of("variables", RestVariables.typed(ANSWERS.get(task.definitionKey()))));
      return () -> session.postFromTasklist(ENGINE + "/task/" + task.id() + "/submit-form", body).statusCode();
    });
  }

  /** The open consent, review and interview tasks of the applications, oldest first. */
  TaskPool openApplicationTasks() {
    return new TaskPool(() -> {
      List<TaskPool.OpenTask> open = new ArrayList<>();
      for (JsonNode task : adminGet("/engine-rest/task?processDefinitionKey=" + RecruitmentVariables.PROCESS_KEY
          + "&sortBy=created&sortOrder=asc&maxResults=1000")) {
        String key = task.get("taskDefinitionKey").asText();
        if (ANSWERS.containsKey(key)) {
          open.add(new TaskPool.OpenTask(task.get("id").asText(), key));
        }
      }
      return open;
    });
  }

  /** (d) A process owner opens the program report, as a page or as JSON. */
  List<LoadRun.Request> report(String path) throws Exception {
    return sessions("otto", "otto-demo", session -> () -> () -> session.get(path).statusCode());
  }

  /**
   * The same, each client asking for a period of its own (from 1 to 16 January 2000 until today:
   * the whole program each time), so that no two requests can share a reading of the database.
   */
  List<LoadRun.Request> reportOwnPeriods(String path) throws Exception {
    AtomicInteger client = new AtomicInteger();
    return sessions("otto", "otto-demo", session -> {
      String own = path + "?from=" + LocalDate.of(2000, 1, 1).plusDays(client.getAndIncrement());
      return () -> () -> session.get(own).statusCode();
    });
  }

  /** (e) Apprentices of the finished program open their program page, each their own. */
  List<LoadRun.Request> programPage() throws Exception {
    JsonNode mentors = adminGet("/engine-rest/user?emailLike=" + WebSession.encode("mentor-%@bench.example.com")
        + "&maxResults=" + LatencyBenchmark.CLIENTS);
    List<LoadRun.Request> clients = new ArrayList<>();
    for (JsonNode mentor : mentors) {
      String id = mentor.get("id").asText();
      adminSend(HttpRequest.newBuilder(base.resolve("/engine-rest/user/" + WebSession.encode(id) + "/credentials"))
          .header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("password", PARTICIPANT_PASSWORD,
              "authenticatedUserPassword", "admin-demo")))));
      WebSession session = WebSession.loggedIn(base, id, PARTICIPANT_PASSWORD);
      clients.add(() -> () -> session.get("/me").statusCode());
    }
    return clients;
  }

  /** Waits until every started application waits for its supervisor and no job is due; answers how many tasks are open. */
  long awaitConsents(long started, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (count("/engine-rest/task/count?taskDefinitionKey=" + CONSENT_TASK) < started
        || count("/engine-rest/job/count?executable=true") > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the started applications did not all reach the consent within " + timeout);
      }
      Thread.sleep(500);
    }
    return count("/engine-rest/task/count");
  }

  long heapUsedMegabytes() throws Exception {
    JsonNode used = adminGet("/actuator/metrics/jvm.memory.used?tag=area:heap");
    return used.get("measurements").get(0).get("value").asLong() / 1_048_576;
  }

  private interface Scenario {
    LoadRun.Request on(WebSession session);
  }

  private List<LoadRun.Request> sessions(String user, String password, Scenario scenario) throws Exception {
    List<LoadRun.Request> clients = new ArrayList<>();
    for (int i = 0; i < LatencyBenchmark.CLIENTS; i++) {
      clients.add(scenario.on(WebSession.loggedIn(base, user, password)));
    }
    return clients;
  }

  private long count(String path) throws Exception {
    return adminGet(path).get("count").asLong();
  }

  private JsonNode adminGet(String path) throws Exception {
    return JSON.readTree(adminSend(HttpRequest.newBuilder(base.resolve(path)).GET()));
  }

  private String adminSend(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> answer = admin.send(request.header("Authorization", basicAdmin())
        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() >= 300) {
      throw new IllegalStateException(request.build().uri() + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body();
  }
}
