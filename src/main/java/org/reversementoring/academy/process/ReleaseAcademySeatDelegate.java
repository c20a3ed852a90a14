package org.reversementoring.academy.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.academy.AcademyVariables;
import org.reversementoring.academy.MentorSeats;
import org.reversementoring.notification.process.ProcessMailDelegate;
import org.springframework.stereotype.Component;

/**
 * A step of {@code mentor-recruitment} on withdrawal: gives a held Academy seat back and cancels
 * its calendar entries. Nothing to do for an applicant who never got that far.
 */
@Component("releaseAcademySeat")
public class ReleaseAcademySeatDelegate implements JavaDelegate {

  private final MentorSeats seats;

  public ReleaseAcademySeatDelegate(MentorSeats seats) {
    this.seats = seats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    seats.releaseOnWithdrawal(AcademyVariables.APPLICATION_ID.from(execution),
        ProcessMailDelegate.stepKeyOf(execution), execution.getProcessInstanceId());
  }
}
