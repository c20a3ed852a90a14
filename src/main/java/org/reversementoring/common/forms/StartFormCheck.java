package org.reversementoring.common.forms;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every process start event with a Camunda form a check of the variables the process
 * starts with against that form, in the start transaction: a refusal starts nothing.
 */
final class StartFormCheck extends AbstractBpmnParseListener {

  private final FormContracts contracts;

  StartFormCheck(FormContracts contracts) {
    this.contracts = contracts;
  }

  @Override
  public void parseStartEvent(Element startEvent, ScopeImpl scope, ActivityImpl activity) {
    if (scope instanceof ProcessDefinitionEntity
        && startEvent.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null) {
      // built in, so skipping custom listeners does not skip it
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) this::check);
    }
  }

  private void check(DelegateExecution execution) {
    // at the start event the instance holds nothing but what it was started with
    contracts.ofStart(execution.getProcessDefinitionId()).check(execution.getVariablesTyped(false),
        FormContract.NOTHING_SHOWN);
  }
}
