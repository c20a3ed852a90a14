package org.reversementoring.enrollment;

import static org.reversementoring.enrollment.EnrollmentVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("declineMentee")
public class DeclineMenteeDelegate implements JavaDelegate {

  private final MenteeService mentees;

  public DeclineMenteeDelegate(MenteeService mentees) {
    this.mentees = mentees;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mentees.decline((Long) execution.getVariable(MENTEE_ID), (String) execution.getVariable(DECISION_REASON));
  }
}
