package org.reversementoring.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reversementoring.enrollment.EnrollmentVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.common.TaskInputValidation;

@Deployment(resources = "mentee-enrollment.bpmn")
class MenteeEnrollmentProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0).build();

  ProcessEngine processEngine;
  private final List<String> mails = new ArrayList<>();
  private final List<String> steps = new ArrayList<>();

  /** Records the mails the model asks for; a field-injected double like the real bean. */
  public class MailDouble implements JavaDelegate {
    public Expression template;

    @Override
    public void execute(DelegateExecution execution) {
      mails.add(String.valueOf(template.getValue(execution)));
    }
  }

  @BeforeEach
  void setUp() {
    init(processEngine);
    Mocks.register("registerMentee", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey("RME-2026-0001");
      execution.removeVariables(List.of(PERSONAL_FORM_FIELDS));
      execution.setVariable(MENTEE_ID, 5L);
      execution.setVariable(ENROLLMENT_SUMMARY, "RME-2026-0001: Marc Weber");
    });
    Mocks.register("enrollmentMail", new MailDouble());
    Mocks.register("enrollmentTaskMail", (TaskListener) task -> mails.add("enrollment-review"));
    Mocks.register("validateTaskInput", new TaskInputValidation());
    Mocks.register("waitlistMentee", (JavaDelegate) execution -> {
      steps.add("waitlisted");
      execution.setVariable(WAITLIST_POSITION, 4);
    });
    Mocks.register("declineMentee", (JavaDelegate) execution -> steps.add("declined"));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    reset();
  }

  @Test
  void confirmedExecutiveJoinsTheWaitlistAndHearsThePosition() {
    ProcessInstance enrollment = enrol();
    assertThat(enrollment.getBusinessKey()).isEqualTo("RME-2026-0001");
    assertThat(enrollment).variables().doesNotContainKeys(EMAIL, FIRST_NAME, EXCLUSIONS);
    execute(job("Task_ConfirmReceipt"));
    execute(job("Task_ConfirmEnrollment"));
    assertThat(task()).hasName("Confirm enrollment").hasCandidateGroup("coordinators");

    complete(task(), withVariables(ENROLLMENT_DECISION, "confirm"));
    assertThat(enrollment).variables().containsEntry(WAITLIST_POSITION, 4);
    execute(job());
    assertThat(enrollment).isEnded().hasPassed("EndEvent_OnWaitlist");
    assertThat(steps).containsExactly("waitlisted");
    assertThat(mails).containsExactly("enrollment-received", "enrollment-review", "enrollment-waitlisted");
  }

  @Test
  void declinedExecutiveHearsWhy() {
    ProcessInstance enrollment = enrol();
    execute(job("Task_ConfirmReceipt"));
    execute(job("Task_ConfirmEnrollment"));
    complete(task(), withVariables(ENROLLMENT_DECISION, "decline", DECISION_REASON, "Not a manager"));
    execute(job());
    assertThat(enrollment).isEnded().hasPassed("EndEvent_Declined");
    assertThat(steps).containsExactly("declined");
    assertThat(mails).last().isEqualTo("enrollment-declined");
  }

  @Test
  void unknownDecisionIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance enrollment = enrol();
    execute(job("Task_ConfirmReceipt"));
    execute(job("Task_ConfirmEnrollment"));
    String taskId = task().getId();
    assertThatThrownBy(() -> taskService().complete(taskId, withVariables(ENROLLMENT_DECISION, "maybe")))
        .hasRootCauseInstanceOf(RejectedInputException.class)
        .hasMessageContaining("enrollmentDecision: must be one of confirm, decline");
    assertThat(enrollment).isWaitingAt("Task_ConfirmEnrollment");
  }

  private ProcessInstance enrol() {
    ProcessInstance enrollment = runtimeService().startProcessInstanceByKey(PROCESS_KEY, Map.of(
        FIRST_NAME, "Marc", EMAIL, "marc.weber@example.com", EXCLUSIONS, "[]"));
    assertThat(enrollment).isStarted();
    return enrollment;
  }
}
