package org.reversementoring.benchmark;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Open tasks for the completing clients, each handed out once. When none is left it asks the
 * engine again (a completion opens the next task of its instance), waiting a little for tasks
 * that a job is about to open; then it gives up with {@link NoSuchElementException}.
 */
final class TaskPool {

  /** A task and the step it belongs to (what answer it needs). */
  record OpenTask(String id, String definitionKey) {
  }

  private static final int REFILL_TRIES = 10;
  private static final long REFILL_PAUSE_MS = 300;

  private final Callable<List<OpenTask>> openTasks;
  private final Queue<OpenTask> queue = new ArrayDeque<>();
  private final Set<String> handedOut = new HashSet<>();
  private boolean exhausted;

  TaskPool(Callable<List<OpenTask>> openTasks) {
    this.openTasks = openTasks;
  }

  synchronized OpenTask next() throws Exception {
    for (int tries = 0; queue.isEmpty() && !exhausted && tries < REFILL_TRIES; tries++) {
      if (tries > 0) {
        Thread.sleep(REFILL_PAUSE_MS);
      }
      openTasks.call().stream().filter(task -> handedOut.add(task.id())).forEach(queue::add);
    }
    OpenTask next = queue.poll();
    if (next == null) {
      exhausted = true;
      throw new NoSuchElementException("no open task left");
    }
    return next;
  }
}
