package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.ProcessVariable;
import org.reversementoring.tandem.KickoffService;
import org.reversementoring.tandem.TandemProperties;
import org.springframework.stereotype.Component;

/**
 * "Confirm kickoff", on create: puts the agreement in words on the task (task-local, read-only in
 * the form) and clears the mentee's earlier answer.
 */
@Component("summarizeKickoff")
public class SummarizeKickoffListener implements TaskListener {

  private final KickoffService kickoffs;
  private final TandemProperties properties;

  public SummarizeKickoffListener(KickoffService kickoffs, TandemProperties properties) {
    this.kickoffs = kickoffs;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    KICKOFF_SUMMARY.setLocal(task, kickoffs.summary(TANDEM_ID.from(task), properties.zone()));
    task.getExecution().getProcessInstance().removeVariables(ProcessVariable.names(List.of(KICKOFF_DECISION,
        KICKOFF_COMMENT)));
  }
}
