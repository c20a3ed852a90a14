package org.reversementoring.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Runs due jobs the way the job executor would, but on the test's thread. */
public final class Jobs {

  private Jobs() {
  }

  public static void runDue(ManagementService management) {
    for (int round = 0; round < 50; round++) {
      java.util.List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs keep coming: a loop in the model?");
  }
}
