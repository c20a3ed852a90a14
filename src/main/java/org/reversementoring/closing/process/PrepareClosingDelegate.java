package org.reversementoring.closing.process;

import static org.reversementoring.closing.ClosingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.closing.ClosingService;
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
    ClosingService.ClosingParticipants participants = closing.prepare(TANDEM_ID.from(execution));
    MENTOR_USER_ID.set(execution, participants.mentorUserId());
    MENTEE_USER_ID.set(execution, participants.menteeUserId());
    MENTOR_ANSWERED.set(execution, false);
    MENTEE_ANSWERED.set(execution, false);
  }
}
