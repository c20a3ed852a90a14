package org.reversementoring.tandem;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.tandem.TandemVariables;

@Deployment(resources = "assign-substitute-mentor.bpmn")
class AssignSubstituteMentorProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0).build();

  ProcessEngine processEngine;

  @BeforeEach
  void setUp() {
    init(processEngine);
    Mocks.register("assignSubstitute", (JavaDelegate) execution ->
        execution.setProcessBusinessKey(TandemVariables.SUBSTITUTION_TANDEM_NUMBER.from(execution)));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    reset();
  }

  @Test
  void theCoordinatorNamesASubstituteAndTheTandemIsHandedOver() {
    ProcessInstance substitution = runtimeService().startProcessInstanceByKey(TandemVariables.SUBSTITUTION_PROCESS_KEY,
        Map.of(TandemVariables.SUBSTITUTION_TANDEM_NUMBER.name(), "RMT-2026-007", TandemVariables.SUBSTITUTE_EMAIL.name(), "kai@example.com"));
    assertThat(substitution).isEnded().hasPassed("Task_HandTandemToSubstitute", "EndEvent_SubstituteAssigned");
    org.assertj.core.api.Assertions.assertThat(substitution.getBusinessKey()).isEqualTo("RMT-2026-007");
  }
}
