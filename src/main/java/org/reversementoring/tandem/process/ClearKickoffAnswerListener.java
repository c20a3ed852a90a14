package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.common.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * "Confirm kickoff", on create: clears the mentee's earlier answer, so the form asks afresh (the
 * agreement it shows: {@link KickoffSummaryText}).
 */
@Component("clearKickoffAnswer")
public class ClearKickoffAnswerListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().getProcessInstance().removeVariables(ProcessVariable.names(List.of(KICKOFF_DECISION,
        KICKOFF_COMMENT)));
  }
}
