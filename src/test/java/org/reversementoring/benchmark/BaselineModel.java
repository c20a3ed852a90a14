package org.reversementoring.benchmark;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The engine's floor: a straight line of user tasks and async steps, as many as a program journey
 * has, with no delegates, mails or domain tables behind them.
 */
final class BaselineModel {

  static final String KEY = "benchmark-baseline";

  private BaselineModel() {
  }

  static void deploy(ProcessEngine engine, int userTasks, int asyncSteps) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
        .startEvent("Start");
    int steps = Math.max(userTasks, asyncSteps);
    for (int i = 0; i < steps; i++) {
      if (i < asyncSteps) {
        flow = flow.serviceTask("Step_" + i).camundaAsyncBefore().camundaExpression("${true}");
      }
      if (i < userTasks) {
        flow = flow.userTask("Task_" + i);
      }
    }
    BpmnModelInstance model = flow.endEvent("End").done();
    engine.getRepositoryService().createDeployment().addModelInstance(KEY + ".bpmn", model).deploy();
  }
}
