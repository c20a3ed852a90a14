package org.reversementoring.academy.process;

import static org.reversementoring.academy.AcademyVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.academy.ModuleResults;
import org.springframework.stereotype.Component;

/** Closes the enrollment and says whether the mentor passed, may retake, or is out. */
@Component("evaluateQualification")
public class EvaluateQualificationDelegate implements JavaDelegate {

  private final ModuleResults results;

  public EvaluateQualificationDelegate(ModuleResults results) {
    this.results = results;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ModuleResults.Evaluation evaluation = results.evaluate(ENROLLMENT_ID.from(execution));
    QUALIFICATION_OUTCOME.set(execution, evaluation.outcome().name());
    RETAKE_ALLOWED.set(execution, evaluation.retakeAllowed());
  }
}
