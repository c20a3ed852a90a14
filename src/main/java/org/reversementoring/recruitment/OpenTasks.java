package org.reversementoring.recruitment;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Finds the task a reminder points to. */
@Component
class OpenTasks {

  private final TaskService tasks;

  OpenTasks(TaskService tasks) {
    this.tasks = tasks;
  }

  String assignedTo(String processInstanceId, String userId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskAssignee(userId)
        .list().stream().findFirst().map(Task::getId).orElse(null);
  }
}
