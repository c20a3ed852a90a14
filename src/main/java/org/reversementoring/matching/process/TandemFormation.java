package org.reversementoring.matching.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.reversementoring.matching.MatchingResult;
import org.reversementoring.matching.MatchingRound;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemService;
import org.reversementoring.tandem.TandemVariables;
import org.springframework.stereotype.Service;

/**
 * Turns an approved proposal into tandem records ({@link MatchingRound#approve}) and starts one
 * {@code tandem-lifecycle} per tandem, in the caller's transaction: if the approval is refused,
 * nothing is formed and nothing started.
 */
@Service
public class TandemFormation {

  private final MatchingRound round;
  private final TandemService tandems;
  private final RuntimeService runtime;

  public TandemFormation(MatchingRound round, TandemService tandems, RuntimeService runtime) {
    this.round = round;
    this.tandems = tandems;
    this.runtime = runtime;
  }

  /** The number of tandems formed. */
  public int form(String cohortName, LocalDate startsOn, MatchingResult approved) {
    List<Tandem> formed = round.approve(cohortName, startsOn, approved);
    for (Tandem tandem : formed) {
      String instanceId = runtime.startProcessInstanceByKey(TandemVariables.PROCESS_KEY, tandem.getNumber(),
          Map.of(TandemVariables.TANDEM_ID.name(), tandem.getId())).getId();
      tandems.attachToProcess(tandem.getId(), instanceId);
    }
    return formed.size();
  }
}
