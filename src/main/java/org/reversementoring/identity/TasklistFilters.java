package org.reversementoring.identity;

import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.reversementoring.identity.ProgramGroup.ACADEMY_TRAINERS;
import static org.reversementoring.identity.ProgramGroup.COORDINATORS;
import static org.reversementoring.identity.ProgramGroup.PROGRAM_ORGANIZERS;
import static org.reversementoring.identity.ProgramGroup.TRAINING_SUPERVISORS;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.reversementoring.worklist.WorklistVariables;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters of the program, each shown only to the groups that work it (a READ grant
 * per filter). A filter only selects among the tasks a user may read anyway. Each entry shows
 * the task's case number and label (the task's own variables, see {@code worklist}); the
 * working lists are sorted by due date, soonest first. Written at every start, so an upgrade
 * brings existing filters up to date.
 */
@Component
public class TasklistFilters {

  public static final String MY_TASKS = "My tasks";
  public static final String MY_GROUP_TASKS = "My group tasks";
  public static final String OVERDUE = "Overdue";
  public static final String APPLICATIONS = "Applications to decide";
  public static final String ACADEMY = "Academy";
  public static final String MATCHING = "Matching";
  public static final String TANDEMS = "Tandems needing attention";
  public static final String ALL_PROGRAM_TASKS = "All program tasks";

  private static final Set<ProgramGroup> STAFF =
      Set.of(COORDINATORS, PROGRAM_ORGANIZERS, ACADEMY_TRAINERS, TRAINING_SUPERVISORS);

  /** Columns of every entry: the case number and the label a coordinator recognises. */
  private static final List<Map<String, String>> CASE_COLUMNS = List.of(
      Map.of("name", WorklistVariables.CASE_NUMBER.name(), "label", "Case"),
      Map.of("name", WorklistVariables.CASE_LABEL.name(), "label", "About"));

  /**
   * One filter: its name, description, query and the groups that see it; {@code null} groups
   * means every group that uses Tasklist.
   */
  private record ProgramFilter(String name, String description, Function<TaskQuery, TaskQuery> query,
      Set<ProgramGroup> groups) {
  }

  private final FilterService filterService;
  private final TaskService taskService;
  private final GroupGrants grants;

  TasklistFilters(FilterService filterService, TaskService taskService, GroupGrants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  /** In the order Tasklist lists them. */
  private static List<ProgramFilter> filters() {
    return List.of(
        new ProgramFilter(MY_TASKS, "Tasks assigned to me, soonest due first",
            query -> query.taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(), null),
        new ProgramFilter(MY_GROUP_TASKS, "Unclaimed tasks offered to my groups, soonest due first",
            query -> query.taskCandidateGroupInExpression("${currentUserGroups()}").orderByDueDate().asc(), null),
        new ProgramFilter(OVERDUE, "Tasks past their due date, longest overdue first",
            query -> query.dueBeforeExpression("${now()}").orderByDueDate().asc(), STAFF),
        area(APPLICATIONS, "Applications and enrollments waiting for a decision",
            List.of("mentor-recruitment", "mentee-enrollment"), COORDINATORS, PROGRAM_ORGANIZERS),
        area(ACADEMY, "Academy cohorts and module results", List.of("academy-qualification", "plan-academy-cohort"),
            COORDINATORS, PROGRAM_ORGANIZERS, ACADEMY_TRAINERS),
        area(MATCHING, "Matching proposals to review", List.of("tandem-matching", "assign-substitute-mentor"),
            COORDINATORS),
        area(TANDEMS, "Tandems to follow up, end or close", List.of("tandem-lifecycle", "tandem-closing"),
            COORDINATORS, PROGRAM_ORGANIZERS),
        new ProgramFilter(ALL_PROGRAM_TASKS, "Every open task of the program", query -> query, Set.of(COORDINATORS)));
  }

  /** The tasks of these processes offered to these groups, claimed or not. */
  private static ProgramFilter area(String name, String description, List<String> processKeys,
      ProgramGroup... groups) {
    String[] groupIds = java.util.Arrays.stream(groups).map(ProgramGroup::id).toArray(String[]::new);
    return new ProgramFilter(name, description, query -> query.processDefinitionKeyIn(processKeys.toArray(String[]::new))
        .taskCandidateGroupIn(List.of(groupIds)).includeAssignedTasks().orderByDueDate().asc(), Set.of(groups));
  }

  void apply(Collection<ProgramGroup> tasklistUsers) {
    List<ProgramFilter> filters = filters();
    for (int i = 0; i < filters.size(); i++) {
      ProgramFilter filter = filters.get(i);
      String id = save(filter, i + 1);
      for (ProgramGroup group : filter.groups() == null ? tasklistUsers : filter.groups()) {
        grants.grant(group.id(), FILTER, id, Permissions.READ);
      }
    }
  }

  private String save(ProgramFilter programFilter, int priority) {
    List<Filter> existing = filterService.createFilterQuery().filterName(programFilter.name()).listPage(0, 1);
    Filter filter = existing.isEmpty() ? filterService.newTaskFilter(programFilter.name()) : existing.get(0);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("description", programFilter.description());
    properties.put("variables", CASE_COLUMNS);
    properties.put("showUndefinedVariable", false);
    filter.setQuery(programFilter.query().apply(taskService.createTaskQuery())).setProperties(properties);
    return filterService.saveFilter(filter).getId();
  }
}
