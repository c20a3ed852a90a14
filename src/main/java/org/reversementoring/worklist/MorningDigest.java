package org.reversementoring.worklist;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What one coordinator's morning digest lists: the program's tasks that escalated since their
 * last digest (whoever works them), their own tasks that became overdue since then, and the rest
 * of what waits for them, each list soonest due first. A task is in one list only.
 */
public record MorningDigest(List<OpenTask> escalated, List<OpenTask> newlyOverdue, List<OpenTask> waiting) {

  private static final Comparator<OpenTask> SOONEST_DUE = Comparator
      .comparing(OpenTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(OpenTask::created);

  /**
   * @param since when the coordinator's last digest went out (the day before, for a first one)
   * @param now   when this one goes out
   */
  public static MorningDigest of(String userId, List<OpenTask> tasks, Instant since, Instant now, DueDateRules rules,
      ZoneId zone) {
    List<OpenTask> escalated = tasks.stream()
        .filter(task -> escalatesAt(task, rules, zone).filter(at -> at.isAfter(since) && !at.isAfter(now)).isPresent())
        .sorted(SOONEST_DUE).toList();
    List<OpenTask> mine = tasks.stream().filter(task -> task.waitsFor(userId)).filter(task -> !escalated.contains(task))
        .sorted(SOONEST_DUE).toList();
    List<OpenTask> newlyOverdue = mine.stream()
        .filter(task -> task.due() != null && task.due().isAfter(since) && !task.due().isAfter(now)).toList();
    return new MorningDigest(escalated, newlyOverdue,
        mine.stream().filter(task -> !newlyOverdue.contains(task)).toList());
  }

  /** Nothing escalated, nothing became overdue, nothing waits: then there is no mail. */
  public boolean isEmpty() {
    return escalated.isEmpty() && newlyOverdue.isEmpty() && waiting.isEmpty();
  }

  /** When a task with a due date escalates: its rule's escalation period after the due date. */
  private static Optional<Instant> escalatesAt(OpenTask task, DueDateRules rules, ZoneId zone) {
    if (task.due() == null) {
      return Optional.empty();
    }
    DueDateRules.DueDateRule rule = rules.ruleFor(task.taskKey(), List.of()).orElse(DueDateRules.DEFAULT);
    return Optional.of(rule.escalatesAt(task.due(), zone));
  }
}
