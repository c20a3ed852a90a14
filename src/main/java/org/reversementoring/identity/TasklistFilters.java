package org.reversementoring.identity;

import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters of the program. A filter only selects among the tasks a user may read
 * anyway; "All program tasks" is still shown to coordinators only, to keep others' lists short.
 */
@Component
class TasklistFilters {

  static final String MY_TASKS = "My tasks";
  static final String MY_GROUP_TASKS = "My group tasks";
  static final String ALL_PROGRAM_TASKS = "All program tasks";

  private final FilterService filterService;
  private final TaskService taskService;
  private final GroupGrants grants;

  TasklistFilters(FilterService filterService, TaskService taskService, GroupGrants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  void apply(Collection<ProgramGroup> tasklistUsers) {
    String myTasks = ensureFilter(MY_TASKS, 1, "Tasks assigned to me",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    String myGroupTasks = ensureFilter(MY_GROUP_TASKS, 2, "Unclaimed tasks offered to my groups",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    String allTasks = ensureFilter(ALL_PROGRAM_TASKS, 3, "Every open task of the program",
        taskService.createTaskQuery());
    for (ProgramGroup group : tasklistUsers) {
      grants.grant(group.id(), FILTER, myTasks, Permissions.READ);
      grants.grant(group.id(), FILTER, myGroupTasks, Permissions.READ);
    }
    grants.grant(ProgramGroup.COORDINATORS.id(), FILTER, allTasks, Permissions.READ);
  }

  private String ensureFilter(String name, int priority, String description, TaskQuery query) {
    List<Filter> existing = filterService.createFilterQuery().filterName(name).listPage(0, 1);
    if (!existing.isEmpty()) {
      return existing.get(0).getId();
    }
    Filter filter = filterService.newTaskFilter(name)
        .setQuery(query)
        .setProperties(Map.of("priority", priority, "description", description));
    return filterService.saveFilter(filter).getId();
  }
}
