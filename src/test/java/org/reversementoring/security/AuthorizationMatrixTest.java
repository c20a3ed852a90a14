package org.reversementoring.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reversementoring.identity.DemoUser;
import org.reversementoring.identity.IdentityIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The authorization matrix of the README's "Security model", checked whole over REST: for one
 * demo user of every group, every Camunda resource type and every permission it has, on any
 * resource and on the resources the matrix names, the engine answers exactly as written here.
 * A grant added anywhere (Admin, a default of the engine, a new start-up step) fails it.
 */
@IdentityIntegrationTest
class AuthorizationMatrixTest {

  /**
   * group | resource | resource ids ("*" = any) | permissions. Besides these, every person may
   * READ their own user and the groups they belong to, and nothing more of either; Tasklist
   * filters are granted per filter ({@link #FILTERS}). Tasks: people work the tasks assigned to
   * them or offered to their group, by Camunda's per-task grants, not by these.
   */
  private static final String MATRIX = """
      camunda-admin        | *                         | *                                  | ALL
      coordinators         | Application               | welcome, tasklist, cockpit         | ACCESS
      coordinators         | ProcessDefinition         | *                                  | READ, CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY
      coordinators         | ProcessInstance           | *                                  | CREATE, READ, UPDATE
      coordinators         | DecisionDefinition        | *                                  | READ
      coordinators         | Task                      | *                                  | READ, UPDATE
      coordinators         | HistoricTask              | *                                  | READ
      coordinators         | HistoricProcessInstance   | *                                  | READ
      process-owners       | Application               | welcome, cockpit                   | ACCESS
      process-owners       | ProcessDefinition         | *                                  | READ, READ_INSTANCE, READ_HISTORY
      process-owners       | ProcessInstance           | *                                  | READ
      process-owners       | DecisionDefinition        | *                                  | READ
      process-owners       | Deployment                | *                                  | READ
      program-organizers   | Application               | welcome, tasklist                  | ACCESS
      program-organizers   | ProcessDefinition         | plan-academy-cohort                | READ, CREATE_INSTANCE
      program-organizers   | ProcessInstance           | *                                  | CREATE
      academy-trainers     | Application               | welcome, tasklist                  | ACCESS
      training-supervisors | Application               | welcome, tasklist                  | ACCESS
      mentors              | Application               | welcome, tasklist                  | ACCESS
      mentors              | ProcessDefinition         | mentor-recruitment                 | READ, CREATE_INSTANCE
      mentors              | ProcessInstance           | *                                  | CREATE
      mentees              | Application               | welcome, tasklist                  | ACCESS
      mentees              | ProcessDefinition         | mentee-enrollment                  | READ, CREATE_INSTANCE
      mentees              | ProcessInstance           | *                                  | CREATE
      """;

  /** group | the Tasklist filters it sees (READ on each), in Tasklist's order; camunda-admin sees all. */
  private static final String FILTERS = """
      coordinators         | My tasks, My group tasks, Overdue, Applications to decide, Academy, Matching, Tandems needing attention, All program tasks
      program-organizers   | My tasks, My group tasks, Overdue, Applications to decide, Academy, Tandems needing attention
      academy-trainers     | My tasks, My group tasks, Overdue, Academy
      training-supervisors | My tasks, My group tasks, Overdue
      mentors              | My tasks, My group tasks
      mentees              | My tasks, My group tasks
      process-owners       |
      """;

  private static final String SOME_OTHER_ID = "some-other-id";

  record Grant(String group, Resources resource, Set<String> ids, Set<String> permissions) {

    boolean covers(String groupId, Resources type, String id, String permission) {
      return group.equals(groupId) && (resource == null || resource == type)
          && (ids.contains("*") || ids.contains(id))
          && (permissions.contains("ALL") || permissions.contains(permission));
    }
  }

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void useThisAppsEngine() {
    ProcessEngines.init();
    ProcessEngines.registerProcessEngine(engine);
  }

  @Test
  void everyGroupHasExactlyTheWrittenPermissions() {
    List<Grant> matrix = parse();
    List<String> wrong = new ArrayList<>();
    int checks = 0;
    for (DemoUser person : DemoUser.values()) {
      String group = person.group().id();
      for (Resources resource : Resources.values()) {
        Set<String> ids = idsToCheck(person, resource);
        for (Permission permission : ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType())) {
          if (permission.getValue() == 0 || permission.getName().equals("ALL")
              || !Arrays.asList(permission.getTypes()).contains(resource)) {
            continue;
          }
          for (String id : ids) {
            boolean expected = allowed(matrix, person, resource, id, permission.getName());
            boolean actual = check(person, resource, id, permission.getName());
            checks++;
            if (expected != actual) {
              wrong.add(person.id() + " (" + group + ") " + permission.getName() + " on " + resource.resourceName()
                  + " " + id + ": expected " + (expected ? "allowed" : "refused") + ", engine says "
                  + (actual ? "allowed" : "refused"));
            }
          }
        }
      }
    }
    assertThat(checks).as("permissions checked").isGreaterThan(1000);
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyGroupSeesExactlyItsFilters() {
    Map<String, List<String>> written = new HashMap<>();
    for (String line : FILTERS.strip().split("\n")) {
      String[] cells = line.split("\\|", -1);
      written.put(cells[0].trim(), cells[1].isBlank() ? List.of() : List.of(cells[1].trim().split(",\\s*")));
    }
    List<String> all = visibleFilters(DemoUser.ADMIN);
    for (DemoUser person : DemoUser.values()) {
      List<String> expected = person == DemoUser.ADMIN ? all : written.get(person.group().id());
      assertThat(visibleFilters(person)).as(person.id() + " (" + person.group().id() + ")").isEqualTo(expected);
    }
    assertThat(all).as("camunda-admin").containsAll(written.get("coordinators"));
  }

  /** The filters Tasklist lists for this person, by their priority. */
  @SuppressWarnings("unchecked")
  private List<String> visibleFilters(DemoUser person) {
    ResponseEntity<List> answer = http.withBasicAuth(person.id(), person.password())
        .getForEntity("/engine-rest/filter?resourceType=Task", List.class);
    assertThat(answer.getStatusCode()).as(person.id()).isEqualTo(HttpStatus.OK);
    return ((List<Map<String, Object>>) answer.getBody()).stream()
        .sorted(java.util.Comparator.comparingInt(filter -> ((Number) ((Map<String, Object>) filter.get("properties"))
            .getOrDefault("priority", 0)).intValue()))
        .map(filter -> (String) filter.get("name")).toList();
  }

  /** Any resource, plus the ones the matrix names and the person's own user and group. */
  private static Set<String> idsToCheck(DemoUser person, Resources resource) {
    Set<String> ids = new LinkedHashSet<>(List.of(SOME_OTHER_ID));
    switch (resource) {
      case APPLICATION -> ids.addAll(List.of("welcome", "tasklist", "cockpit", "admin"));
      case PROCESS_DEFINITION -> ids.addAll(List.of("mentor-recruitment", "mentee-enrollment", "tandem-lifecycle"));
      case USER -> ids.addAll(List.of(person.id(), person == DemoUser.LENA ? "marc" : "lena"));
      case GROUP -> ids.addAll(List.of(person.group().id(), person == DemoUser.LENA ? "mentees" : "mentors"));
      default -> { }
    }
    return ids;
  }

  private static boolean allowed(List<Grant> matrix, DemoUser person, Resources resource, String id, String permission) {
    String group = person.group().id();
    if (matrix.stream().anyMatch(grant -> grant.covers(group, resource, id, permission))) {
      return true;
    }
    boolean ownRecord = (resource == Resources.USER && id.equals(person.id()))
        || (resource == Resources.GROUP && id.equals(group));
    return ownRecord && permission.equals("READ");
  }

  private boolean check(DemoUser person, Resources resource, String id, String permission) {
    ResponseEntity<Map> answer = http.withBasicAuth(person.id(), person.password()).getForEntity(
        "/engine-rest/authorization/check?permissionName={p}&resourceName={n}&resourceType={t}&resourceId={id}",
        Map.class, permission, resource.resourceName(), resource.resourceType(), id);
    assertThat(answer.getStatusCode()).as(person.id() + " " + permission + " " + resource).isEqualTo(HttpStatus.OK);
    return Boolean.TRUE.equals(answer.getBody().get("authorized"));
  }

  private static List<Grant> parse() {
    Map<String, Resources> byName = new HashMap<>();
    for (Resources resource : Resources.values()) {
      byName.put(resource.resourceName().replace(" ", ""), resource);
    }
    List<Grant> grants = new ArrayList<>();
    for (String line : MATRIX.strip().split("\n")) {
      String[] cells = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
      Resources resource = cells[1].equals("*") ? null : byName.get(cells[1]);
      assertThat(cells[1].equals("*") || resource != null).as("resource " + cells[1]).isTrue();
      grants.add(new Grant(cells[0], resource, new HashSet<>(List.of(cells[2].split(",\\s*"))),
          new HashSet<>(List.of(cells[3].split(",\\s*")))));
    }
    assertThat(Authorization.ANY).isEqualTo("*");
    return grants;
  }
}
