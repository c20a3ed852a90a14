package org.reversementoring.common.forms;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The engine's authorization checks, except that a {@link CheckedSubmission} asks once whether the
 * user may work on its task: it asks before it reads the task's form, and the engine's command it
 * then runs would ask the same again in the same transaction (a second authorization query built
 * and run, a third of a millisecond per completion). The next question about that task, and only
 * that one, is answered by the first check.
 */
final class TaskWorkCheckedOnce extends AuthorizationCommandChecker {

  private static final ThreadLocal<String> CHECKED_TASK = new ThreadLocal<>();

  /** Runs {@code submission}, whose first check of {@code task}'s work the caller has just made. */
  static <T> T afterCheckOf(TaskEntity task, Supplier<T> submission) {
    CHECKED_TASK.set(task.getId());
    try {
      return submission.get();
    } finally {
      CHECKED_TASK.remove();
    }
  }

  @Override
  public void checkTaskWork(TaskEntity task) {
    if (task.getId().equals(CHECKED_TASK.get())) {
      CHECKED_TASK.remove();
      return;
    }
    super.checkTaskWork(task);
  }
}
