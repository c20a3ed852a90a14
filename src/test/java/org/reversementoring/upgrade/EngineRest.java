package org.reversementoring.upgrade;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Camunda engine REST API of an app running in another process, as a calling system uses it:
 * HTTP Basic, JSON, variables typed the way the REST API types them. Only what the upgrade test
 * needs, and nothing that depends on the app's version beyond the engine's public REST API.
 */
final class EngineRest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {
  };
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
  };

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final String authorization;

  EngineRest(String baseUrl, String user, String password) {
    this(baseUrl, "/engine-rest", user, password);
  }

  private EngineRest(String baseUrl, String apiPath, String user, String password) {
    this.base = baseUrl + apiPath;
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The engine API of the webapps, as Cockpit calls it ({@code /camunda/api/engine/engine/default}). */
  static EngineRest cockpit(String baseUrl, String user, String password) {
    return new EngineRest(baseUrl, "/camunda/api/engine/engine/default", user, password);
  }

  /** A started instance: its id and the business key the start gave it. */
  record Started(String id, String businessKey) {
  }

  Started start(String processKey, Map<String, Object> variables) {
    Map<String, Object> body = post("/process-definition/key/" + processKey + "/start",
        Map.of("variables", typed(variables)));
    return new Started((String) body.get("id"), (String) body.get("businessKey"));
  }

  List<Map<String, Object>> processInstances(Map<String, String> query) {
    return list("/process-instance", query);
  }

  /** Instances of any process with this business key (a call activity passes the key on). */
  List<Map<String, Object>> instancesWithBusinessKey(String businessKey) {
    return processInstances(Map.of("businessKey", businessKey));
  }

  Map<String, Object> activityInstances(String processInstanceId) {
    return object("/process-instance/" + processInstanceId + "/activity-instances");
  }

  /** The instance's variables: name to {@code {type, value, valueInfo}}. */
  Map<String, Map<String, Object>> variables(String processInstanceId) {
    Map<String, Object> raw = object("/process-instance/" + processInstanceId + "/variables?deserializeValues=false");
    Map<String, Map<String, Object>> variables = new LinkedHashMap<>();
    raw.forEach((name, value) -> variables.put(name, cast(value)));
    return variables;
  }

  List<Map<String, Object>> jobs(Map<String, String> query) {
    return list("/job", query);
  }

  Map<String, Object> jobDefinition(String id) {
    return object("/job-definition/" + id);
  }

  void executeJob(String jobId) {
    send("POST", "/job/" + jobId + "/execute", null, 204);
  }

  List<Map<String, Object>> tasks(Map<String, String> query) {
    return list("/task", query);
  }

  void complete(String taskId, Map<String, Object> variables) {
    send("POST", "/task/" + taskId + "/complete", Map.of("variables", typed(variables)), 204);
  }

  List<Map<String, Object>> eventSubscriptions(String processInstanceId) {
    return list("/event-subscription", Map.of("processInstanceId", processInstanceId));
  }

  List<Map<String, Object>> incidents(Map<String, String> query) {
    return list("/incident", query);
  }

  /** What Cockpit's process list shows: per definition its running instances and incidents. */
  List<Map<String, Object>> processDefinitionStatistics() {
    return list("/process-definition/statistics", Map.of("rootIncidents", "true"));
  }

  List<Map<String, Object>> latestProcessDefinitions() {
    return list("/process-definition", Map.of("latestVersion", "true"));
  }

  Map<String, Object> task(String taskId) {
    return object("/task/" + taskId);
  }

  /** The execution's own variables: name to {@code {type, value, valueInfo}}. */
  Map<String, Object> localVariables(String executionId) {
    return object("/execution/" + executionId + "/localVariables?deserializeValues=false");
  }

  /** Completes the task; answers the HTTP status (204 done, 404 gone, 409 changed meanwhile, 4xx refused) and body. */
  Answer tryComplete(String taskId, Map<String, Object> variables) {
    return exchange("POST", "/task/" + taskId + "/complete", Map.of("variables", typed(variables)));
  }

  /** Executes the job now, whatever its due date; answers the HTTP status and body. */
  Answer tryExecuteJob(String jobId) {
    return exchange("POST", "/job/" + jobId + "/execute", null);
  }

  List<Map<String, Object>> history(String resource, Map<String, String> query) {
    return list("/history/" + resource, query);
  }

  /** An HTTP answer: status and body. */
  record Answer(int status, String body) {
  }

  /** Correlates a message to the instance with this business key, with these process variables. */
  void correlate(String messageName, String businessKey, Map<String, Object> processVariables) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messageName", messageName);
    body.put("businessKey", businessKey);
    body.put("processVariables", typed(processVariables));
    send("POST", "/message", body, 204);
  }

  List<Map<String, Object>> deployments() {
    return list("/deployment", Map.of("sortBy", "deploymentTime", "sortOrder", "asc"));
  }

  List<String> deploymentResourceNames(String deploymentId) {
    return strings(list("/deployment/" + deploymentId + "/resources", Map.of()), "name");
  }

  List<Map<String, Object>> processDefinitions() {
    return list("/process-definition", Map.of("sortBy", "key", "sortOrder", "asc"));
  }

  /** Each value as {@code {"value": …, "type": …}}, the type following the Java type. */
  static Map<String, Object> typed(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", typeOf(value))));
    return typed;
  }

  private static String typeOf(Object value) {
    if (value instanceof Integer) {
      return "Integer";
    }
    if (value instanceof Long) {
      return "Long";
    }
    return value instanceof Boolean ? "Boolean" : "String";
  }

  private List<Map<String, Object>> list(String path, Map<String, String> query) {
    String body = send("GET", path + query(query), null, 200);
    try {
      return JSON.readValue(body, LIST);
    } catch (IOException e) {
      throw new IllegalStateException("Not a JSON list from " + path + ": " + body, e);
    }
  }

  private Map<String, Object> object(String path) {
    String body = send("GET", path, null, 200);
    try {
      return JSON.readValue(body, OBJECT);
    } catch (IOException e) {
      throw new IllegalStateException("Not a JSON object from " + path + ": " + body, e);
    }
  }

  private Map<String, Object> post(String path, Object request) {
    String body = send("POST", path, request, 200);
    try {
      return JSON.readValue(body, OBJECT);
    } catch (IOException e) {
      throw new IllegalStateException("Not a JSON object from " + path + ": " + body, e);
    }
  }

  private String send(String method, String path, Object request, int expectedStatus) {
    Answer answer = exchange(method, path, request);
    if (answer.status() != expectedStatus) {
      String sent;
      try {
        sent = request == null ? "" : " (request " + JSON.writeValueAsString(request) + ")";
      } catch (IOException e) {
        sent = "";
      }
      throw new IllegalStateException(method + " " + path + " answered " + answer.status() + ": " + answer.body() + sent);
    }
    return answer.body();
  }

  private Answer exchange(String method, String path, Object request) {
    try {
      HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(120))
          .header("Authorization", authorization)
          .header("Accept", "application/json");
      if (request == null) {
        builder.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        builder.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)));
      }
      HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + path + " interrupted", e);
    }
  }

  private static String query(Map<String, String> query) {
    if (query.isEmpty()) {
      return "";
    }
    return query.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&", "?", ""));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    return (Map<String, Object>) value;
  }

  static List<String> strings(List<Map<String, Object>> items, String member) {
    List<String> values = new ArrayList<>();
    items.forEach(item -> values.add(String.valueOf(item.get(member))));
    return values;
  }
}
