package org.reversementoring.matching;

import static org.reversementoring.matching.MatchingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Coordinators hear of each proposal to review, with the link to the task. */
@Component("matchingTaskMail")
public class MatchingTaskMailListener implements TaskListener {

  private final MatchingMails mails;

  public MatchingTaskMailListener(MatchingMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    mails.toCoordinators(MatchingMails.REVIEW, (String) task.getVariable(COHORT_NAME),
        (Integer) task.getVariable(PROPOSED_COUNT), (Integer) task.getVariable(UNMATCHED_MENTEE_COUNT),
        task.getId(), task.getProcessInstanceId());
  }
}
