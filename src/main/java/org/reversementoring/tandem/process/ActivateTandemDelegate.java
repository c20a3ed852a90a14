package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.tandem.KickoffService;
import org.springframework.stereotype.Component;

/** "Mark tandem active": the mentee confirmed the goals; the recurring sessions follow. */
@Component("activateTandem")
public class ActivateTandemDelegate implements JavaDelegate {

  private final KickoffService kickoffs;

  public ActivateTandemDelegate(KickoffService kickoffs) {
    this.kickoffs = kickoffs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    kickoffs.activate(TANDEM_ID.from(execution));
  }
}
