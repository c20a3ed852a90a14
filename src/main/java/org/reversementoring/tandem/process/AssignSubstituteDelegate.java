package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.common.VariableValues;
import org.reversementoring.tandem.SubstituteMentors;
import org.springframework.stereotype.Component;

/**
 * "Hand the tandem to the substitute", the coordinator's Tasklist way to name a substitute: finds
 * the running tandem and the substitute by email, and tells the tandem's lifecycle. Runs in the
 * start transaction, so a refusal (here or in the lifecycle's hand-over) starts nothing.
 */
@Component("assignSubstitute")
public class AssignSubstituteDelegate implements JavaDelegate {

  private final SubstituteMentors substitutes;

  public AssignSubstituteDelegate(SubstituteMentors substitutes) {
    this.substitutes = substitutes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableValues form = new VariableValues(execution.getVariables());
    String number = form.text(SUBSTITUTION_TANDEM_NUMBER.name());
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    if (number == null || number.isEmpty() || runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(number).count() == 0) {
      throw new RejectedInputException(SUBSTITUTION_TANDEM_NUMBER.name(),
          "must be the number of a running tandem, e.g. RMT-2026-001");
    }
    long substituteId = substitutes.qualifiedMentorByEmail(form.text(SUBSTITUTE_EMAIL.name())).orElseThrow(() ->
        new RejectedInputException(SUBSTITUTE_EMAIL.name(), "must be the email of a qualified mentor"));
    execution.setProcessBusinessKey(number);
    runtime.createMessageCorrelation(SUBSTITUTE_MESSAGE).processInstanceBusinessKey(number)
        .setVariable(SUBSTITUTE_MENTOR_ID.name(), substituteId).correlate();
  }
}
