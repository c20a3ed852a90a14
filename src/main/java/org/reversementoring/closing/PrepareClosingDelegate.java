package org.reversementoring.closing;

import static org.reversementoring.closing.ClosingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Prepare closing": names who gives final feedback; nobody has answered in this round yet. */
@Component("prepareClosing")
public class PrepareClosingDelegate implements JavaDelegate {

  private final ClosingService closing;

  public PrepareClosingDelegate(ClosingService closing) {
    this.closing = closing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ClosingService.ClosingParticipants participants = closing.prepare((Long) execution.getVariable(TANDEM_ID));
    execution.setVariable(MENTOR_USER_ID, participants.mentorUserId());
    execution.setVariable(MENTEE_USER_ID, participants.menteeUserId());
    execution.setVariable(MENTOR_ANSWERED, false);
    execution.setVariable(MENTEE_ANSWERED, false);
  }
}
