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
import org.camunda.bpm.engine.delegate.DelegateTask;
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
import org.reversementoring.common.process.TaskInputValidation;
import org.reversementoring.common.ProcessVariable;

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
    public Expression recipient;

    @Override
    public void execute(DelegateExecution execution) {
      mails.add(String.valueOf(template.getValue(execution)));
    }
  }

  /** Records the task mails the model asks for, like the real {@code taskMail} bean. */
  public class TaskMailDouble implements TaskListener {
    public Expression template;
    public Expression recipient;

    @Override
    public void notify(DelegateTask task) {
      mails.add(String.valueOf(template.getValue(task)));
    }
  }

  @BeforeEach
  void setUp() {
    init(processEngine);
    Mocks.register("registerMentee", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey("RME-2026-0001");
      execution.removeVariables(ProcessVariable.names(PERSONAL_FORM_FIELDS));
      MENTEE_ID.set(execution, 5L);
      ENROLLMENT_SUMMARY.set(execution, "RME-2026-0001: Marc Weber");
    });
    Mocks.register("processMail", new MailDouble());
    Mocks.register("taskMail", new TaskMailDouble());
    Mocks.register("validateTaskInput", new TaskInputValidation());
    Mocks.register("waitlistMentee", (JavaDelegate) execution -> {
      steps.add("waitlisted");
      WAITLIST_POSITION.set(execution, 4);
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
    assertThat(enrollment).variables().doesNotContainKeys(EMAIL.name(), FIRST_NAME.name(), EXCLUSIONS.name());
    execute(job("Task_ConfirmReceipt"));
    execute(job("Task_ConfirmEnrollment"));
    assertThat(task()).hasName("Confirm enrollment").hasCandidateGroup("coordinators");

    complete(task(), withVariables(ENROLLMENT_DECISION.name(), "confirm"));
    assertThat(enrollment).variables().containsEntry(WAITLIST_POSITION.name(), 4);
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
    complete(task(), withVariables(ENROLLMENT_DECISION.name(), "decline", DECISION_REASON.name(), "Not a manager"));
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
    assertThatThrownBy(() -> taskService().complete(taskId, withVariables(ENROLLMENT_DECISION.name(), "maybe")))
        .hasRootCauseInstanceOf(RejectedInputException.class)
        .hasMessageContaining("enrollmentDecision: must be one of confirm, decline");
    assertThat(enrollment).isWaitingAt("Task_ConfirmEnrollment");
  }

  private ProcessInstance enrol() {
    ProcessInstance enrollment = runtimeService().startProcessInstanceByKey(PROCESS_KEY, Map.of(
        FIRST_NAME.name(), "Marc", EMAIL.name(), "marc.weber@example.com", EXCLUSIONS.name(), "[]"));
    assertThat(enrollment).isStarted();
    return enrollment;
  }
}
