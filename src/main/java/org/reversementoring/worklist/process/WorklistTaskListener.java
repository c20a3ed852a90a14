package org.reversementoring.worklist.process;

import static org.reversementoring.worklist.WorklistVariables.CASE_LABEL;
import static org.reversementoring.worklist.WorklistVariables.CASE_NUMBER;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.reversementoring.common.TaskNames;
import org.reversementoring.worklist.TaskEntries;
import org.reversementoring.worklist.TaskEntries.TaskEntry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs first when any user task is created (added to every user task by {@link WorklistEnginePlugin},
 * not drawn in the models): the task's own variables {@code caseNumber} and {@code caseLabel}
 * (what Tasklist's filters show and search), its due date from the program's rules, and for a
 * task assigned to one person its name in that person's language.
 */
@Component
class WorklistTaskListener implements TaskListener {

  private final TaskEntries entries;
  // looked up when the first task is created: a person's language needs the engine's beans
  private final ObjectProvider<TaskNames> names;

  WorklistTaskListener(TaskEntries entries, ObjectProvider<TaskNames> names) {
    this.entries = entries;
    this.names = names;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    TaskEntry entry = entries.entryFor(task.getTaskDefinitionKey(), task.getExecution().getProcessBusinessKey(), groups);
    entry.caseNumber().ifPresent(number -> CASE_NUMBER.setLocal(task, number));
    entry.label().ifPresent(label -> CASE_LABEL.setLocal(task, label));
    entry.due().ifPresent(due -> task.setDueDate(Date.from(due)));
    if (task.getAssignee() != null) {
      task.setName(names.getObject().forAssignee(task.getAssignee(), task.getTaskDefinitionKey(), task.getName()));
    }
  }
}
