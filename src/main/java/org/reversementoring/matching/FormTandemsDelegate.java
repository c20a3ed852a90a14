package org.reversementoring.matching;

import static org.reversementoring.matching.MatchingVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemService;
import org.reversementoring.tandem.process.TandemVariables;
import org.springframework.stereotype.Component;

/**
 * Turns the approved proposal into tandem records and starts one {@code tandem-lifecycle} per
 * tandem. Runs in the approval's transaction: if the pool changed meanwhile, the coordinator's
 * approval is refused and nothing is formed.
 */
@Component("formTandems")
public class FormTandemsDelegate implements JavaDelegate {

  private final MatchingRound round;
  private final TandemService tandems;

  public FormTandemsDelegate(MatchingRound round, TandemService tandems) {
    this.round = round;
    this.tandems = tandems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Tandem> formed = round.approve((String) execution.getVariable(COHORT_NAME),
        LocalDate.parse((String) execution.getVariable(TANDEM_START_DATE)), ProposalVariable.read(execution));
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    for (Tandem tandem : formed) {
      String instanceId = runtime.startProcessInstanceByKey(TandemVariables.PROCESS_KEY, tandem.getNumber(),
          Map.of(TandemVariables.TANDEM_ID.name(), tandem.getId())).getId();
      tandems.attachToProcess(tandem.getId(), instanceId);
    }
    execution.setVariable(TANDEM_COUNT, formed.size());
  }
}
