package org.reversementoring.upgrade;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the old release left behind, recorded before it is stopped: per wait state every running
 * instance with its business key (a call activity's instances included), its definition, where it
 * waits (activities, tasks, jobs with due dates, message subscriptions), its variables with their
 * REST types and values, and the mails logged for it so far; and every mail the SMTP server got.
 * The new side asserts against it: no variable lost or retyped, no mail sent twice. Written as
 * JSON to {@code target/upgrade/<database>/<release>-wait-states.json}.
 */
record Baseline(String release, String commit, String database, Instant recordedAt, List<WaitState> waitStates,
    List<Mail> mails, int runningInstances) {

  record WaitState(WaitingInstance waiting, List<Instance> instances) {
  }

  record Instance(String id, String processDefinitionKey, String processDefinitionId, String superProcessInstanceId,
      List<String> activities, List<Task> tasks, List<Job> jobs, List<String> messageSubscriptions,
      Map<String, Variable> variables, List<Notification> notifications) {
  }

  record Task(String taskDefinitionKey, String name, String assignee, String created) {
  }

  record Job(String activityId, String jobType, String dueDate, int retries, String exceptionMessage) {
  }

  /** A variable as the REST API types it; the value as sent (serialized for objects), or null. */
  record Variable(String type, Object value, Map<String, Object> valueInfo) {
  }

  /** A row of the app's notification log: the step key is how a retried step knows its mail left. */
  record Notification(long id, String stepKey, String template, String recipients, String subject, String taskId,
      String status) {
  }

  /**
   * A mail the SMTP server received. GreenMail keeps one copy per recipient, so a mail to two
   * people appears twice with one Message-ID.
   */
  record Mail(String messageId, List<String> to, String subject) {
  }

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

  /** Reads each waiting instance's state over the old release's REST API. */
  static List<WaitState> read(EngineRest rest, List<WaitingInstance> waiting) {
    Map<String, Map<String, Object>> jobDefinitions = new HashMap<>();
    List<WaitState> states = new ArrayList<>();
    for (WaitingInstance wait : waiting) {
      List<Instance> instances = new ArrayList<>();
      for (Map<String, Object> instance : rest.instancesWithBusinessKey(wait.businessKey())) {
        String id = (String) instance.get("id");
        String definitionId = (String) instance.get("definitionId");
        List<Job> jobs = rest.jobs(Map.of("processInstanceId", id)).stream().map(job -> {
          Map<String, Object> definition = jobDefinitions.computeIfAbsent((String) job.get("jobDefinitionId"),
              rest::jobDefinition);
          return new Job((String) definition.get("activityId"), (String) definition.get("jobType"),
              (String) job.get("dueDate"), ((Number) job.get("retries")).intValue(), (String) job.get("exceptionMessage"));
        }).toList();
        List<Task> tasks = rest.tasks(Map.of("processInstanceId", id)).stream()
            .map(t -> new Task((String) t.get("taskDefinitionKey"), (String) t.get("name"), (String) t.get("assignee"),
                (String) t.get("created"))).toList();
        List<String> subscriptions = rest.eventSubscriptions(id).stream()
            .map(s -> s.get("eventType") + " " + s.get("eventName") + " at " + s.get("activityId")).sorted().toList();
        Map<String, Variable> variables = new TreeMap<>();
        rest.variables(id).forEach((name, v) -> variables.put(name, new Variable((String) v.get("type"), v.get("value"),
            castMap(v.get("valueInfo")))));
        List<Map<String, Object>> parents = rest.processInstances(Map.of("subProcessInstance", id));
        instances.add(new Instance(id, definitionId.substring(0, definitionId.indexOf(':')), definitionId,
            parents.isEmpty() ? null : (String) parents.get(0).get("id"),
            leafActivities(rest.activityInstances(id)), tasks, jobs, subscriptions, variables, new ArrayList<>()));
      }
      states.add(new WaitState(wait, instances));
    }
    return states;
  }

  /** Adds the notification log's rows (read from the database once the old app is stopped) to their instances. */
  static void addNotifications(List<WaitState> states, Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("select id, step_key, template, recipients, subject,"
        + " task_id, status from notification where process_instance_id = ? order by id")) {
      for (WaitState state : states) {
        for (Instance instance : state.instances()) {
          query.setString(1, instance.id());
          try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              instance.notifications().add(new Notification(rows.getLong(1), rows.getString(2), rows.getString(3),
                  rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7)));
            }
          }
        }
      }
    }
  }

  void write(Path file) {
    try {
      Files.createDirectories(file.getParent());
      JSON.writeValue(file.toFile(), this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Baseline readFrom(Path file) {
    try {
      return JSON.readValue(file.toFile(), Baseline.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line per wait state: where each of its instances waits, and how many variables and mails it has. */
  String summary() {
    StringBuilder text = new StringBuilder();
    text.append(release).append(" on ").append(database).append(": ")
        .append(waitStates.size()).append(" wait states, ").append(runningInstances).append(" running instances, ")
        .append(mails.size()).append(" mails\n");
    for (WaitState state : waitStates) {
      text.append("- ").append(state.waiting().waitState()).append(" [").append(state.waiting().businessKey()).append("]\n");
      for (Instance instance : state.instances()) {
        text.append("    ").append(instance.processDefinitionId().replaceAll(":[^:]*$", "")).append(" at ")
            .append(instance.activities()).append(", tasks ")
            .append(instance.tasks().stream().map(Task::taskDefinitionKey).toList()).append(", jobs ")
            .append(instance.jobs().stream().map(j -> j.activityId() + (j.dueDate() == null ? "" : "@" + j.dueDate()))
                .toList())
            .append(", ").append(instance.variables().size()).append(" variables, ")
            .append(instance.notifications().size()).append(" mails logged\n");
      }
    }
    return text.toString();
  }

  static List<String> leafActivities(Map<String, Object> tree) {
    List<String> leaves = new ArrayList<>();
    collect(tree, leaves);
    return leaves.stream().sorted().toList();
  }

  @SuppressWarnings("unchecked")
  private static void collect(Map<String, Object> activityInstance, List<String> leaves) {
    List<Map<String, Object>> children = (List<Map<String, Object>>) activityInstance.getOrDefault("childActivityInstances",
        List.of());
    List<Map<String, Object>> transitions = (List<Map<String, Object>>) activityInstance
        .getOrDefault("childTransitionInstances", List.of());
    for (Map<String, Object> transition : transitions) {
      leaves.add(transition.get("activityId") + " (async)");
    }
    for (Map<String, Object> child : children) {
      collect(child, leaves);
    }
    if (children.isEmpty() && transitions.isEmpty()) {
      leaves.add((String) activityInstance.get("activityId"));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object value) {
    return value == null ? Map.of() : new LinkedHashMap<>((Map<String, Object>) value);
  }
}
