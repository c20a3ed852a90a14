package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.VariableValues;
import org.reversementoring.tandem.KickoffService;
import org.springframework.stereotype.Component;

/**
 * "Agree a kickoff date" (program organizers), on complete: stores the date they agreed with both;
 * a refusal names {@code kickoffStart}, keeps the task open and changes nothing.
 */
@Component("agreeKickoffDate")
public class AgreeKickoffDateListener implements TaskListener {

  private final KickoffService kickoffs;

  public AgreeKickoffDateListener(KickoffService kickoffs) {
    this.kickoffs = kickoffs;
  }

  @Override
  public void notify(DelegateTask task) {
    kickoffs.agreeDate(TANDEM_ID.from(task), new VariableValues(task.getVariables()).text(KICKOFF_START.name()));
  }
}
