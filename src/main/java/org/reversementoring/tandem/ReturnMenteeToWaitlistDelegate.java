package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.enrollment.MenteeService;
import org.springframework.stereotype.Component;

/** "Put mentee back at head of waitlist": after a rematch decision the executive waits first for a new mentor. */
@Component("returnMenteeToWaitlist")
public class ReturnMenteeToWaitlistDelegate implements JavaDelegate {

  private final TandemService tandems;
  private final MenteeService mentees;

  public ReturnMenteeToWaitlistDelegate(TandemService tandems, MenteeService mentees) {
    this.tandems = tandems;
    this.mentees = mentees;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mentees.returnToWaitlistHead(tandems.find(TANDEM_ID.from(execution)).getMenteeId());
  }
}
