package org.reversementoring.worklist.process;

import static org.reversementoring.worklist.WorklistVariables.CASE_LABEL;
import static org.reversementoring.worklist.WorklistVariables.CASE_NUMBER;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.reversementoring.worklist.TaskEntries;
import org.reversementoring.worklist.TaskEntries.TaskEntry;
import org.springframework.stereotype.Component;

/**
 * Runs first when any user task is created (added to every user task by {@link WorklistEnginePlugin},
 * not drawn in the models): the task's own variables {@code caseNumber} and {@code caseLabel}
 * (what Tasklist's filters show and search) and its due date from the program's rules.
 */
@Component
class WorklistTaskListener implements TaskListener {

  private final TaskEntries entries;

  WorklistTaskListener(TaskEntries entries) {
    this.entries = entries;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    TaskEntry entry = entries.entryFor(task.getTaskDefinitionKey(), task.getExecution().getProcessBusinessKey(), groups);
    entry.caseNumber().ifPresent(number -> CASE_NUMBER.setLocal(task, number));
    entry.label().ifPresent(label -> CASE_LABEL.setLocal(task, label));
    entry.due().ifPresent(due -> task.setDueDate(Date.from(due)));
  }
}
