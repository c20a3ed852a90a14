package org.reversementoring.matching;

import static org.reversementoring.matching.MatchingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The proposal has waited for days: remind the coordinators, with the link to the open task. */
@Component("remindMatchingReview")
public class RemindCoordinatorsDelegate implements JavaDelegate {

  private final MatchingMails mails;

  public RemindCoordinatorsDelegate(MatchingMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Task review = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey("Task_ReviewMatchingProposal")
        .singleResult();
    if (review != null) {
      mails.toCoordinators(MatchingMails.REVIEW_REMINDER, (String) execution.getVariable(COHORT_NAME),
          (Integer) execution.getVariable(PROPOSED_COUNT), (Integer) execution.getVariable(UNMATCHED_MENTEE_COUNT),
          review.getId(), execution.getProcessInstanceId());
    }
  }
}
