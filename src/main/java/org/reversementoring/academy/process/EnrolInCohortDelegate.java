package org.reversementoring.academy.process;

import static org.reversementoring.academy.AcademyVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.academy.MentorSeats;
import org.springframework.stereotype.Component;

/** Takes a seat in the earliest cohort; a retake looks only at cohorts after the failed one. */
@Component("enrolInCohort")
public class EnrolInCohortDelegate implements JavaDelegate {

  private final MentorSeats seats;

  public EnrolInCohortDelegate(MentorSeats seats) {
    this.seats = seats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MentorSeats.Seating seating = seats.enrol(APPLICATION_ID.from(execution),
        ENROLLMENT_ID.optionalFrom(execution).orElse(null));
    ENROLLMENT_ID.set(execution, seating.enrollmentId());
    MENTOR_NAME.set(execution, seating.mentorName());
  }
}
