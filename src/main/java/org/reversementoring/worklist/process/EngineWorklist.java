package org.reversementoring.worklist.process;

import static org.reversementoring.worklist.WorklistVariables.CASE_LABEL;
import static org.reversementoring.worklist.WorklistVariables.CASE_NUMBER;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.reversementoring.worklist.OpenTask;
import org.reversementoring.worklist.Worklist;
import org.springframework.stereotype.Component;

/** The program's open tasks from the engine, with their case columns; read without a user's authorizations. */
@Component
class EngineWorklist implements Worklist {

  private static final String COORDINATORS = "coordinators";
  private static final int CHUNK = 500;

  private final TaskService tasks;
  private final RuntimeService runtime;

  EngineWorklist(TaskService tasks, RuntimeService runtime) {
    this.tasks = tasks;
    this.runtime = runtime;
  }

  @Override
  public List<OpenTask> openTasks() {
    List<Task> open = tasks.createTaskQuery().active().list();
    Set<String> offeredToCoordinators = tasks.createTaskQuery().active().taskCandidateGroup(COORDINATORS)
        .includeAssignedTasks().list().stream().map(Task::getId).collect(Collectors.toSet());
    Map<String, Map<String, Object>> columns = caseColumns(open.stream().map(Task::getId).toList());
    return open.stream().map(task -> {
      Map<String, Object> own = columns.getOrDefault(task.getId(), Map.of());
      return new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
          (String) own.get(CASE_NUMBER.name()), (String) own.get(CASE_LABEL.name()), task.getCreateTime().toInstant(),
          task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getAssignee(),
          offeredToCoordinators.contains(task.getId()));
    }).toList();
  }

  /** The tasks' own case number and label, by task id. */
  private Map<String, Map<String, Object>> caseColumns(List<String> taskIds) {
    Map<String, Map<String, Object>> byTask = new HashMap<>();
    for (int from = 0; from < taskIds.size(); from += CHUNK) {
      List<String> chunk = new ArrayList<>(taskIds.subList(from, Math.min(taskIds.size(), from + CHUNK)));
      for (VariableInstance variable : runtime.createVariableInstanceQuery().taskIdIn(chunk.toArray(String[]::new))
          .variableNameIn(CASE_NUMBER.name(), CASE_LABEL.name()).list()) {
        byTask.computeIfAbsent(variable.getTaskId(), id -> new HashMap<>()).put(variable.getName(), variable.getValue());
      }
    }
    return byTask;
  }
}
