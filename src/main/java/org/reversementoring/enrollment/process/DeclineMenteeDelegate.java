package org.reversementoring.enrollment.process;

import static org.reversementoring.enrollment.EnrollmentVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.enrollment.MenteeService;
import org.springframework.stereotype.Component;

/** The coordinator declined: the enrollment ends with the reason given, if any. */
@Component("declineMentee")
public class DeclineMenteeDelegate implements JavaDelegate {

  private final MenteeService mentees;

  public DeclineMenteeDelegate(MenteeService mentees) {
    this.mentees = mentees;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mentees.decline(MENTEE_ID.from(execution), DECISION_REASON.optionalFrom(execution).orElse(null));
  }
}
