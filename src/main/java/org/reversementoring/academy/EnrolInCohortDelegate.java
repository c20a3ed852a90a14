package org.reversementoring.academy;

import static org.reversementoring.academy.AcademyVariables.*;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.recruitment.process.RecruitmentVariables;
import org.springframework.stereotype.Component;

/** Takes a seat in the earliest cohort; a retake looks only at cohorts after the failed one. */
@Component("enrolInCohort")
public class EnrolInCohortDelegate implements JavaDelegate {

  private final ApplicationService applications;
  private final SeatAllocation seats;

  public EnrolInCohortDelegate(ApplicationService applications, SeatAllocation seats) {
    this.applications = applications;
    this.seats = seats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Mentor mentor = applications.find(RecruitmentVariables.APPLICATION_ID.from(execution)).getMentor();
    Long previous = (Long) execution.getVariable(ENROLLMENT_ID);
    Instant notBefore = previous == null ? Instant.EPOCH : seats.find(previous).getCohort().getEndsAt();
    execution.setVariable(ENROLLMENT_ID, seats.enrolInEarliestCohort(mentor.getId(), notBefore)
        .map(Enrollment::getId).orElse(null));
    execution.setVariable(MENTOR_NAME, mentor.getFullName());
  }
}
