package org.reversementoring.worklist.process;

import static org.reversementoring.worklist.WorklistVariables.CASE_LABEL;
import static org.reversementoring.worklist.WorklistVariables.CASE_NUMBER;

import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.reversementoring.worklist.TaskEntries;
import org.reversementoring.worklist.TaskEntries.TaskEntry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, tasks that were opened before the program gave tasks case columns and due dates
 * (an upgrade) get them as if {@link WorklistTaskListener} had run when they were created: the
 * case number and label, and the due date counted from their creation.
 */
@Component
class OpenTaskBackfill {

  private static final int CHUNK = 500;

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final TaskEntries entries;

  OpenTaskBackfill(TaskService tasks, RuntimeService runtime, TaskEntries entries) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.entries = entries;
  }

  /** Returns how many tasks it completed. */
  @EventListener(ApplicationReadyEvent.class)
  int backfill() {
    List<Task> unmarked = unmarked(tasks.createTaskQuery().processInstanceBusinessKeyLike("%").list());
    Map<String, String> businessKeys = businessKeys(unmarked);
    for (Task task : unmarked) {
      List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> "candidate".equals(link.getType()))
          .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
      TaskEntry entry = entries.entryFor(task.getTaskDefinitionKey(), businessKeys.get(task.getProcessInstanceId()),
          groups, task.getCreateTime().toInstant());
      Map<String, Object> columns = new HashMap<>();
      entry.caseNumber().ifPresent(number -> CASE_NUMBER.putIn(columns, number));
      entry.label().ifPresent(label -> CASE_LABEL.putIn(columns, label));
      // the due date first: setting variables makes the task read here stale
      if (task.getDueDate() == null && entry.due().isPresent()) {
        task.setDueDate(Date.from(entry.due().get()));
        tasks.saveTask(task);
      }
      tasks.setVariablesLocal(task.getId(), columns);
    }
    return unmarked.size();
  }

  /** The tasks of a case that carry no case number of their own yet. */
  private List<Task> unmarked(List<Task> open) {
    Set<String> marked = new HashSet<>();
    List<String> ids = open.stream().map(Task::getId).toList();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      runtime.createVariableInstanceQuery().taskIdIn(ids.subList(from, Math.min(ids.size(), from + CHUNK))
          .toArray(String[]::new)).variableName(CASE_NUMBER.name()).list().stream()
          .map(VariableInstance::getTaskId).forEach(marked::add);
    }
    return open.stream().filter(task -> !marked.contains(task.getId())).toList();
  }

  private Map<String, String> businessKeys(List<Task> open) {
    Set<String> instances = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    return instances.isEmpty() ? Map.of() : runtime.createProcessInstanceQuery().processInstanceIds(instances).list()
        .stream().collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
  }
}
