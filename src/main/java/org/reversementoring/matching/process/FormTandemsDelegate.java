package org.reversementoring.matching.process;

import static org.reversementoring.matching.MatchingVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Forms the tandems of the approved proposal and starts their lifecycles. Runs in the approval's
 * transaction: if the pool changed meanwhile, the coordinator's approval is refused and nothing
 * is formed.
 */
@Component("formTandems")
public class FormTandemsDelegate implements JavaDelegate {

  private final TandemFormation formation;

  public FormTandemsDelegate(TandemFormation formation) {
    this.formation = formation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TANDEM_COUNT.set(execution, formation.form(COHORT_NAME.from(execution),
        LocalDate.parse(TANDEM_START_DATE.from(execution)), PROPOSAL.from(execution)));
  }
}
