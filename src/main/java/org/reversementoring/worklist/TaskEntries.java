package org.reversementoring.worklist;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What a task shows in the task list besides its name: whose case it is and when it is due.
 * Asked once, when the task is created.
 */
@Service
public class TaskEntries {

  private final DueDateRules rules;
  // looked up when the first task is created: the capabilities' labels need the engine's beans
  private final ObjectProvider<CaseLabels> labels;
  private final Clock clock;

  public TaskEntries(DueDateRules rules, ObjectProvider<CaseLabels> labels, Clock clock) {
    this.rules = rules;
    this.labels = labels;
    this.clock = clock;
  }

  /**
   * The entry of a task created now.
   *
   * @param caseNumber      the business key of its process instance; null when it has none
   * @param candidateGroups the groups it is offered to
   */
  public TaskEntry entryFor(String taskKey, String caseNumber, Collection<String> candidateGroups) {
    return entryFor(taskKey, caseNumber, candidateGroups, clock.instant());
  }

  /** The entry of a task created then, e.g. one open since before the program had these rules. */
  public TaskEntry entryFor(String taskKey, String caseNumber, Collection<String> candidateGroups, Instant created) {
    Optional<Instant> due = rules.ruleFor(taskKey, candidateGroups).map(rule -> rule.dueAt(created, clock.getZone()));
    return new TaskEntry(Optional.ofNullable(caseNumber), labelOf(caseNumber), due);
  }

  /** The current label of a case, from the capability that keeps it; empty for a number nobody knows. */
  public Optional<String> labelOf(String caseNumber) {
    if (caseNumber == null) {
      return Optional.empty();
    }
    // only the capability that issued the number is asked: a task is created in a step, each query counts
    return labels.orderedStream().filter(capability -> caseNumber.startsWith(capability.numberPrefix() + "-"))
        .map(capability -> capability.labelOf(caseNumber))
        .flatMap(Optional::stream).findFirst();
  }

  /** A task's case number, label and due date; each may be missing. */
  public record TaskEntry(Optional<String> caseNumber, Optional<String> label, Optional<Instant> due) {
  }
}
