package org.reversementoring.enrollment;

import static org.reversementoring.enrollment.EnrollmentVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The confirmed executive joins the waitlist that matching takes its mentees from. */
@Component("waitlistMentee")
public class WaitlistMenteeDelegate implements JavaDelegate {

  private final MenteeService mentees;

  public WaitlistMenteeDelegate(MenteeService mentees) {
    this.mentees = mentees;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(WAITLIST_POSITION, mentees.confirm((Long) execution.getVariable(MENTEE_ID)));
  }
}
