package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.tandem.EarlyEndings;
import org.springframework.stereotype.Component;

/** "Return executive to head of waitlist": after a rematch decision the executive waits first for a new mentor. */
@Component("returnMenteeToWaitlist")
public class ReturnMenteeToWaitlistDelegate implements JavaDelegate {

  private final EarlyEndings endings;

  public ReturnMenteeToWaitlistDelegate(EarlyEndings endings) {
    this.endings = endings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    endings.returnMenteeToWaitlist(TANDEM_ID.from(execution));
  }
}
