package org.reversementoring.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reads and writes through the engine: in a delegate, and from outside through the RuntimeService. */
class ProcessVariableEngineTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder().build();

  static final ProcessVariable<Long> APPLICATION_ID = ProcessVariable.longValue("applicationId");
  static final ProcessVariable<Integer> POSITION = ProcessVariable.integer("waitlistPosition");
  static final ProcessVariable<String> NOTE = ProcessVariable.string("note");

  ProcessEngine processEngine;
  private String deploymentId;

  @AfterEach
  void tearDown() {
    Mocks.reset();
    processEngine.getRepositoryService().deleteDeployment(deploymentId, true);
  }

  @Test
  void aDelegateReadsAndWritesTypedAndAnotherCallerReadsTheSame() {
    Mocks.register("typed", (JavaDelegate) this::nextPosition);
    deploymentId = processEngine.getRepositoryService().createDeployment().addModelInstance("typed.bpmn",
        Bpmn.createExecutableProcess("typed").camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("Task_Typed").camundaDelegateExpression("${typed}")
            .userTask("Task_Wait").endEvent().done()).deploy().getId();
    RuntimeService runtime = processEngine.getRuntimeService();

    String id = runtime.startProcessInstanceByKey("typed", java.util.Map.of("applicationId", 7)).getId();

    assertThat(POSITION.from(runtime, id)).isEqualTo(8);
    assertThat(NOTE.optionalFrom(runtime, id)).isEmpty();
    NOTE.set(runtime, id, "checked");
    assertThat(NOTE.from(runtime, id)).isEqualTo("checked");
  }

  private void nextPosition(DelegateExecution execution) {
    POSITION.set(execution, Math.toIntExact(APPLICATION_ID.from(execution) + 1));
    NOTE.setLocal(execution, "only here");
    assertThat(NOTE.optionalLocalFrom(execution)).contains("only here");
    execution.removeVariable(NOTE.name());
  }
}
