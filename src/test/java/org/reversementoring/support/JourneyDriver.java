package org.reversementoring.support;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives process instances to their end on one thread, as fast as the engine allows: runs every
 * due job, answers every open task from {@link TaskAnswers}, and when nothing is left to do moves
 * the engine clock to the next timer instead of waiting for it.
 */
public final class JourneyDriver {

  private final ManagementService management;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final Function<Task, Map<String, Object>> answers;
  private final String[] processKeys;
  public long jobsExecuted;
  public long tasksCompleted;
  public long peakHeapBytes;

  /** Drives the instances of these process keys and answers their tasks; others are left alone. */
  public JourneyDriver(ProcessEngine engine, Function<Task, Map<String, Object>> answers, String... processKeys) {
    this.management = engine.getManagementService();
    this.tasks = engine.getTaskService();
    this.runtime = engine.getRuntimeService();
    this.answers = answers;
    this.processKeys = processKeys;
  }

  /** Works until no instance of these process keys (by default: the driver's) is running. */
  public void driveUntilEnded(String... untilEnded) {
    String[] keys = untilEnded.length == 0 ? processKeys : untilEnded;
    while (true) {
      int done = runDueJobs() + answerOpenTasks();
      samplePeakHeap();
      if (done > 0) {
        continue;
      }
      if (running(keys) == 0) {
        return;
      }
      if (!moveClockToNextTimer()) {
        throw new IllegalStateException("Stuck: instances of " + List.of(keys)
            + " run, but no job, task or timer is left");
      }
    }
  }

  /** Works until nothing is due and no task is open, without moving the clock. */
  public void driveUntilQuiet() {
    while (runDueJobs() + answerOpenTasks() > 0) {
      samplePeakHeap();
    }
  }

  private int runDueJobs() {
    int count = 0;
    List<Job> due;
    while (!(due = management.createJobQuery().executable().listPage(0, 500)).isEmpty()) {
      for (Job job : due) {
        management.executeJob(job.getId());
        count++;
      }
    }
    jobsExecuted += count;
    return count;
  }

  private int answerOpenTasks() {
    int count = 0;
    List<Task> open;
    while (!(open = tasks.createTaskQuery().processDefinitionKeyIn(processKeys).listPage(0, 500)).isEmpty()) {
      for (Task task : open) {
        tasks.complete(task.getId(), answers.apply(task));
        count++;
      }
      runDueJobs();
    }
    tasksCompleted += count;
    return count;
  }

  private long running(String[] keys) {
    long count = 0;
    for (String key : keys) {
      count += runtime.createProcessInstanceQuery().processDefinitionKey(key).count();
    }
    return count;
  }

  private boolean moveClockToNextTimer() {
    List<Job> timers = management.createJobQuery().timers().active().orderByJobDuedate().asc().listPage(0, 1);
    if (timers.isEmpty()) {
      return false;
    }
    Date due = timers.get(0).getDuedate();
    Date now = ClockUtil.getCurrentTime();
    ClockUtil.setCurrentTime(new Date(Math.max(due.getTime(), now.getTime()) + Duration.ofSeconds(1).toMillis()));
    return true;
  }

  private void samplePeakHeap() {
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    peakHeapBytes = Math.max(peakHeapBytes, used);
  }
}
