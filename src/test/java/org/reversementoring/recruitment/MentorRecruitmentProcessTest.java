package org.reversementoring.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reversementoring.recruitment.RecruitmentVariables.*;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.common.RejectedInputException;

@Deployment(resources = {"mentor-recruitment.bpmn", "mentor-eligibility.dmn", "stubs/academy-qualification-stub.bpmn20.xml"})
class MentorRecruitmentProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0).build();

  /** Injected by the extension; BPM Assert must use it, not any other engine of the test JVM. */
  org.camunda.bpm.engine.ProcessEngine processEngine;

  private final RecruitmentProcessDoubles doubles = new RecruitmentProcessDoubles();
  private final Date start = new Date(1_790_000_000_000L);

  @BeforeEach
  void setUp() {
    init(processEngine);
    ClockUtil.setCurrentTime(start);
    doubles.register();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    reset();
  }

  @Test
  void selectedApplicantEndsReadyForTheAcademy() {
    ProcessInstance application = apply(2);
    waitForConsentTask(application);
    assertThat(task()).hasName("Give consent as training supervisor").isAssignedTo(RecruitmentProcessDoubles.SUPERVISOR);

    consent(application);
    assertThat(application).isWaitingAt("Task_ReviewApplication").variables()
        .containsEntry(ELIGIBLE.name(), true).containsEntry(ELIGIBILITY_REASON.name(), "Eligible: meets every criterion.")
        .doesNotContainKey("eligibility");
    execute(job());
    assertThat(task()).hasCandidateGroup("coordinators");

    complete(task(), withVariables(REVIEW_DECISION.name(), "interview", DECISION_REASON.name(), "Strong motivation"));
    execute(job());
    assertThat(task()).hasName("Record interview result").hasCandidateGroup("program-organizers");
    complete(task(), withVariables(INTERVIEW_RESULT.name(), "select", DECISION_REASON.name(), "Convincing interview"));
    execute(job());

    assertThat(application).isWaitingAt("CallActivity_QualifyAtAcademy");
    ProcessInstance qualification = calledProcessInstance("academy-qualification", application);
    assertThat(qualification.getBusinessKey()).isEqualTo("RMA-2026-0001");
    assertThat(runtimeService().getVariable(qualification.getId(), APPLICATION_ID.name())).isEqualTo(1L);
    complete(task("Task_StubQualification", qualification));
    assertThat(application).isEnded().hasPassed("EndEvent_QualificationFinished");
    assertThat(application.getBusinessKey()).isEqualTo("RMA-2026-0001");
    assertThat(doubles.statuses).containsExactly("IN_REVIEW", "INTERVIEW", "SELECTED");
    assertThat(doubles.mails).containsExactly(
        "application-received->applicant", "supervisor-consent-request->supervisor",
        "review-requested->coordinators", "interview-invitation->applicant",
        "application-accepted->applicant");
  }

  @Test
  void startFormDataIsNotKeptInTheProcess() {
    ProcessInstance application = apply(2);
    assertThat(application).variables().doesNotContainKeys(MOTIVATION.name(), EMAIL.name(), FIRST_NAME.name())
        .containsKeys(APPLICATION_ID.name(), APPLICATION_NUMBER.name());
  }

  @Test
  void coordinatorRejectsAfterReview() {
    ProcessInstance application = reachReview(apply(3));
    complete(task(), withVariables(REVIEW_DECISION.name(), "reject", DECISION_REASON.name(), "Topics already covered"));
    execute(job());
    assertThat(application).isEnded().hasPassed("EndEvent_Rejected");
    assertThat(doubles.statuses).containsExactly("IN_REVIEW", "REJECTED");
    assertThat(doubles.mails).last().isEqualTo("application-rejected->applicant");
  }

  @Test
  void coordinatorWaitlistsAfterReview() {
    ProcessInstance application = reachReview(apply(3));
    complete(task(), withVariables(REVIEW_DECISION.name(), "waitlist", DECISION_REASON.name(), ""));
    assertThat(application).variables().containsEntry(WAITLIST_POSITION.name(), 3);
    execute(job());
    assertThat(application).isEnded().hasPassed("EndEvent_Waitlisted");
    assertThat(doubles.mails).last().isEqualTo("application-waitlisted->applicant");
  }

  @Test
  void interviewLeadsToRejection() {
    ProcessInstance application = reachInterview(apply(2));
    complete(task(), withVariables(INTERVIEW_RESULT.name(), "reject", DECISION_REASON.name(), "Not enough time in the training plan"));
    execute(job());
    assertThat(application).isEnded().hasPassed("EndEvent_Rejected");
    assertThat(doubles.statuses).containsExactly("IN_REVIEW", "INTERVIEW", "REJECTED");
  }

  @Test
  void interviewLeadsToWaitlist() {
    ProcessInstance application = reachInterview(apply(2));
    complete(task(), withVariables(INTERVIEW_RESULT.name(), "waitlist", DECISION_REASON.name(), "Good, but no mentee yet"));
    execute(job());
    assertThat(application).isEnded().hasPassed("EndEvent_Waitlisted");
  }

  @Test
  void supervisorRefusalEndsKindly() {
    ProcessInstance application = apply(2);
    waitForConsentTask(application);
    complete(task(), withVariables(SUPERVISOR_DECISION.name(), "refuse", SUPERVISOR_COMMENT.name(), "Exams in June"));
    assertThat(application).isWaitingAt("Task_SendConsentRefused");
    execute(job());
    assertThat(application).isEnded().hasPassed("EndEvent_NoConsent").hasNotPassed("Task_CheckEligibility");
    assertThat(doubles.statuses).containsExactly("CONSENT_REFUSED");
    assertThat(doubles.mails).last().isEqualTo("consent-refused->applicant");
  }

  @Test
  void firstYearApprenticeIsFlaggedToTheCoordinator() {
    ProcessInstance application = reachReview(apply(1));
    assertThat(application).variables().containsEntry(ELIGIBLE.name(), false)
        .containsEntry(ELIGIBILITY_REASON.name(), "First training year: mentors usually start from their second year.");
  }

  @Test
  void silentSupervisorIsRemindedAfterFiveDaysAndChasedAfterTen() {
    ProcessInstance application = apply(2);
    waitForConsentTask(application);
    assertThat(dueTimers()).isZero();

    ClockUtil.setCurrentTime(Date.from(start.toInstant().plus(Duration.ofDays(5)).plusSeconds(1)));
    assertThat(dueTimers()).isEqualTo(1);
    execute(job("Timer_ConsentReminder"));
    execute(job("Task_RemindSupervisor"));
    assertThat(doubles.mails).last().isEqualTo("supervisor-consent-reminder->supervisor");

    ClockUtil.setCurrentTime(Date.from(start.toInstant().plus(Duration.ofDays(10)).plusSeconds(1)));
    execute(job("Timer_ConsentOverdue"));
    execute(job("Task_ChaseSupervisorConsent"));
    assertThat(task("Task_ChaseSupervisorConsent")).hasCandidateGroup("coordinators");
    assertThat(doubles.mails).last().isEqualTo("supervisor-consent-overdue->coordinators");
    complete(task("Task_ChaseSupervisorConsent"), withVariables(CHASE_NOTE.name(), "Called Sven, answers tomorrow"));

    complete(task("Task_GiveSupervisorConsent"), withVariables(SUPERVISOR_DECISION.name(), "consent"));
    assertThat(application).isWaitingAt("Task_ReviewApplication");
    assertThat(application).hasPassed("EndEvent_ReminderSent", "EndEvent_SupervisorChased", "EndEvent_ConsentAnswered");
  }

  @Test
  void consentEndsTheOpenChaseTask() {
    ProcessInstance application = apply(2);
    waitForConsentTask(application);
    ClockUtil.setCurrentTime(Date.from(start.toInstant().plus(Duration.ofDays(11))));
    execute(job("Timer_ConsentOverdue"));
    execute(job("Task_ChaseSupervisorConsent"));
    complete(task("Task_GiveSupervisorConsent"), withVariables(SUPERVISOR_DECISION.name(), "consent"));
    assertThat(taskQuery().taskDefinitionKey("Task_ChaseSupervisorConsent").count()).isZero();
    assertThat(application).isWaitingAt("Task_ReviewApplication");
  }

  @Test
  void withdrawalBeforeReceiptWasSent() {
    withdrawAndAssert(apply(2));
  }

  @Test
  void withdrawalWhileWaitingForSupervisor() {
    ProcessInstance application = apply(2);
    waitForConsentTask(application);
    withdrawAndAssert(application);
  }

  @Test
  void withdrawalWhileCoordinatorChases() {
    ProcessInstance application = apply(2);
    waitForConsentTask(application);
    ClockUtil.setCurrentTime(Date.from(start.toInstant().plus(Duration.ofDays(11))));
    execute(job("Timer_ConsentOverdue"));
    execute(job("Task_ChaseSupervisorConsent"));
    withdrawAndAssert(application);
  }

  @Test
  void withdrawalDuringReview() {
    withdrawAndAssert(reachReview(apply(2)));
  }

  @Test
  void withdrawalBeforeInterviewResult() {
    withdrawAndAssert(reachInterview(apply(2)));
  }

  @Test
  void withdrawalDuringTheAcademyQualificationEndsItAndReleasesTheSeat() {
    ProcessInstance application = reachInterview(apply(2));
    complete(task(), withVariables(INTERVIEW_RESULT.name(), "select", DECISION_REASON.name(), "Convincing"));
    execute(job());
    ProcessInstance qualification = calledProcessInstance("academy-qualification", application);
    withdrawAndAssert(application);
    assertThat(qualification).isEnded();
  }

  @Test
  void unknownDecisionIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance application = reachReview(apply(2));
    String taskId = task().getId();
    assertThatThrownBy(() -> taskService().complete(taskId, withVariables(REVIEW_DECISION.name(), "maybe")))
        .hasRootCauseInstanceOf(RejectedInputException.class)
        .hasMessageContaining("reviewDecision: must be one of interview, reject, waitlist");
    assertThat(application).isWaitingAt("Task_ReviewApplication");
    assertThat(taskService().getVariable(taskId, REVIEW_DECISION.name())).isNull();
  }

  @Test
  void interviewResultNeedsAJustification() {
    reachInterview(apply(2));
    String taskId = task().getId();
    assertThatThrownBy(() -> taskService().complete(taskId, withVariables(INTERVIEW_RESULT.name(), "select", DECISION_REASON.name(), " ")))
        .hasRootCauseInstanceOf(RejectedInputException.class).hasMessageContaining("decisionReason: must not be empty");
    assertThat(task().getId()).isEqualTo(taskId);
  }

  @Test
  void oversizeCommentIsRefused() {
    ProcessInstance application = apply(2);
    waitForConsentTask(application);
    String taskId = task().getId();
    assertThatThrownBy(() -> taskService().complete(taskId,
        withVariables(SUPERVISOR_DECISION.name(), "consent", SUPERVISOR_COMMENT.name(), "x".repeat(2001))))
        .hasRootCauseInstanceOf(RejectedInputException.class).hasMessageContaining("supervisorComment");
  }

  @Test
  void mailOutageRetriesOnItsCycleThenBecomesAnIncidentAndNothingIsRolledBack() {
    doubles.mailFailure = new IllegalStateException("SMTP server unreachable");
    ProcessInstance application = apply(2);
    String receiptJob = job("Task_ConfirmReceipt").getId();
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThatThrownBy(() -> managementService().executeJob(receiptJob)).hasMessageContaining("SMTP");
      Job failed = managementService().createJobQuery().jobId(receiptJob).singleResult();
      assertThat(failed.getRetries()).isEqualTo(5 - attempt);
      if (attempt < 5) {
        assertThat(failed.getDuedate()).as("next try after PT5M").isAfterOrEqualTo(
            Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(5))));
      }
    }
    assertThat(runtimeService().createIncidentQuery().processInstanceId(application.getId()).count()).isEqualTo(1);
    assertThat(application).isNotEnded().variables().containsKey(APPLICATION_ID.name());

    doubles.mailFailure = null;
    managementService().setJobRetries(receiptJob, 1);
    execute(job("Task_ConfirmReceipt"));
    assertThat(doubles.mails).containsExactly("application-received->applicant");
    assertThat(runtimeService().createIncidentQuery().processInstanceId(application.getId()).count()).isZero();
    assertThat(application).isWaitingAt("Task_GiveSupervisorConsent");
  }

  private ProcessInstance apply(int trainingYear) {
    ProcessInstance application = runtimeService().startProcessInstanceByKey(PROCESS_KEY, Map.of(
        FIRST_NAME.name(), "Zoë", LAST_NAME.name(), "Łukasiewicz-Müller", EMAIL.name(), "zoe@example.com",
        TRAINING_YEAR.name(), trainingYear, MOTIVATION.name(), "I explain apps to my grandparents every week."));
    assertThat(application).isStarted();
    return application;
  }

  private void waitForConsentTask(ProcessInstance application) {
    execute(job("Task_ConfirmReceipt"));
    assertThat(application).isWaitingAt("Task_GiveSupervisorConsent");
    execute(job("Task_GiveSupervisorConsent"));
  }

  private void consent(ProcessInstance application) {
    complete(task(), withVariables(SUPERVISOR_DECISION.name(), "consent", SUPERVISOR_COMMENT.name(), "Gladly"));
  }

  private ProcessInstance reachReview(ProcessInstance application) {
    waitForConsentTask(application);
    consent(application);
    execute(job());
    assertThat(application).isWaitingAt("Task_ReviewApplication");
    return application;
  }

  private ProcessInstance reachInterview(ProcessInstance application) {
    reachReview(application);
    complete(task(), withVariables(REVIEW_DECISION.name(), "interview"));
    execute(job());
    assertThat(application).isWaitingAt("Task_RecordInterviewResult");
    return application;
  }

  private void withdrawAndAssert(ProcessInstance application) {
    runtimeService().correlateMessage(WITHDRAWAL_MESSAGE, application.getBusinessKey());
    assertThat(doubles.withdrawn).isTrue();
    assertThat(taskQuery().processInstanceId(application.getId()).count()).isZero();
    execute(job("Task_ReleaseAcademySeat"));
    assertThat(doubles.seatReleased).isTrue();
    execute(job("Task_ConfirmWithdrawal"));
    assertThat(application).isEnded().hasPassed("EndEvent_Withdrawn");
    assertThat(doubles.mails).last().isEqualTo("withdrawal-confirmed->applicant");
  }

  private long dueTimers() {
    return managementService().createJobQuery().timers().executable().count();
  }
}
