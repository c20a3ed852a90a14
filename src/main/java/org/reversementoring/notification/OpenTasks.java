package org.reversementoring.notification;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Finds the task a reminder points to: the one open for this person in this process instance. */
@Component
public class OpenTasks {

  private final TaskService tasks;

  public OpenTasks(TaskService tasks) {
    this.tasks = tasks;
  }

  public String assignedTo(String processInstanceId, String userId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskAssignee(userId)
        .list().stream().findFirst().map(Task::getId).orElse(null);
  }
}
