package org.reversementoring.notification.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Finds the task a reminder points to: the one still open in this process instance. */
@Component
public class OpenTasks {

  private final TaskService tasks;

  public OpenTasks(TaskService tasks) {
    this.tasks = tasks;
  }

  /** The task open for this person, or null. */
  public String assignedTo(String processInstanceId, String userId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskAssignee(userId)
        .list().stream().findFirst().map(Task::getId).orElse(null);
  }

  /** The open task of this definition (a group's task), or null. */
  public String ofDefinition(String processInstanceId, String taskDefinitionKey) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey)
        .list().stream().findFirst().map(Task::getId).orElse(null);
  }
}
