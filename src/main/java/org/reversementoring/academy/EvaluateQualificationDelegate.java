package org.reversementoring.academy;

import static org.reversementoring.academy.AcademyVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the enrollment and says whether the mentor passed, may retake, or is out. */
@Component("evaluateQualification")
public class EvaluateQualificationDelegate implements JavaDelegate {

  private final ModuleResults results;
  private final SeatAllocation seats;

  public EvaluateQualificationDelegate(ModuleResults results, SeatAllocation seats) {
    this.results = results;
    this.seats = seats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long enrollmentId = (Long) execution.getVariable(ENROLLMENT_ID);
    QualificationOutcome outcome = results.outcome(enrollmentId);
    Enrollment enrollment = seats.complete(enrollmentId);
    execution.setVariable(QUALIFICATION_OUTCOME, outcome.name());
    execution.setVariable(RETAKE_ALLOWED,
        outcome != QualificationOutcome.ALL_PASSED && results.mayRetake(enrollment.getMentorId()));
  }
}
