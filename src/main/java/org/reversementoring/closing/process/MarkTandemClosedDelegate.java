package org.reversementoring.closing.process;

import static org.reversementoring.closing.ClosingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.closing.ClosingService;
import org.springframework.stereotype.Component;

/** "Mark tandem closed": status CLOSED with the coordinator's closing note. */
@Component("markTandemClosed")
public class MarkTandemClosedDelegate implements JavaDelegate {

  private final ClosingService closing;

  public MarkTandemClosedDelegate(ClosingService closing) {
    this.closing = closing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    closing.close(TANDEM_ID.from(execution), CLOSING_NOTE.optionalFrom(execution).orElse(null));
  }
}
