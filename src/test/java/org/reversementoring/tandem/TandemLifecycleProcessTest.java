package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.reversementoring.tandem.TandemVariables.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.common.TaskInputValidation;
import org.reversementoring.tandem.TandemMails.Recipient;

/**
 * The kickoff part of {@code tandem-lifecycle} on an in-memory engine. The app's delegates and
 * listeners run as they are, over mocked domain services and mails, so what the model hands them
 * (variables, fields, task ids) is checked too.
 */
@Deployment(resources = "tandem-lifecycle.bpmn")
class TandemLifecycleProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0).build();

  private static final long TANDEM = 7L;
  private static final String NUMBER = "RMT-2031-001";
  private static final Instant START = Instant.parse("2031-03-03T09:00:00Z");

  ProcessEngine processEngine;
  private final KickoffService kickoffs = mock(KickoffService.class);
  private final TandemMails mails = mock(TandemMails.class);

  @BeforeEach
  void setUp() {
    init(processEngine);
    ClockUtil.setCurrentTime(Date.from(START));
    ZonedDateTime kickoff = ZonedDateTime.of(2031, 3, 11, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));
    when(kickoffs.plan(eq(TANDEM), anyString())).thenReturn(new KickoffService.KickoffPlan(
        new KickoffSlots.Proposal(kickoff, kickoff.plusHours(1), "TUE-AM", KickoffSlots.Basis.SHARED_SLOT), "zoe", "marc"));
    when(kickoffs.summary(eq(TANDEM), any())).thenReturn("Kickoff: Tue 11 March 2031, 10:00\nGoals:\n- Plan a trip");
    Mocks.register("planTandemKickoff", new PlanKickoffDelegate(kickoffs));
    Mocks.register("sendKickoffInvitation", new KickoffInvitationDelegate(mails));
    Mocks.register("agreeGoalsAndCadence", new AgreeGoalsAndCadenceListener(kickoffs));
    Mocks.register("tandemTaskMail", new TandemTaskMailListener(mails));
    Mocks.register("tandemReminder", new TandemReminderDelegate(mails, processEngine.getTaskService()));
    Mocks.register("confirmKickoff", new ConfirmKickoffListener(kickoffs, TandemProperties.defaults()));
    Mocks.register("validateTaskInput", new TaskInputValidation());
    Mocks.register("activateTandem", new ActivateTandemDelegate(kickoffs));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    reset();
  }

  @Test
  void kickoffIsPlannedInvitedAgreedConfirmedAndTheTandemIsReadyForSessions() {
    ProcessInstance tandem = start();
    assertThat(tandem).isWaitingAt("Task_SendKickoffInvitation").variables()
        .containsEntry(MENTOR_USER_ID, "zoe").containsEntry(MENTEE_USER_ID, "marc");
    verify(kickoffs).plan(TANDEM, tandem.getId());

    execute(job("Task_SendKickoffInvitation"));
    verify(mails).kickoffInvitation(TANDEM, tandem.getId() + "/Task_SendKickoffInvitation", tandem.getId());
    execute(job("Task_AgreeGoalsAndCadence"));
    Task agree = task();
    assertThat(agree).hasName("Agree goals and cadence").isAssignedTo("zoe");
    assertThat(formRef()).isEqualTo("agree-goals-and-cadence");
    verify(mails).toParticipant("tandem-agree-goals", Recipient.MENTOR, TANDEM, "task/" + agree.getId(),
        tandem.getId(), agree.getId(), null);
    assertThat(taskService().getVariableLocal(agree.getId(), REQUESTED_CHANGES)).isNull();

    complete(agree, goals("- Plan a trip with the connected-car app\n\n- Use an AI assistant for minutes  ", null, 4L, "60.0",
        " 2031-04-14 .. 2031-04-25 \n2031-03-31..2031-04-04"));
    verify(kickoffs).agree(eq(TANDEM), any(GoalsAndCadence.class));
    assertThat(tandem).variables()
        .containsEntry(GOALS, "Plan a trip with the connected-car app\nUse an AI assistant for minutes")
        .containsEntry(CADENCE_WEEKS, 2).containsEntry(SESSION_COUNT, 4).containsEntry(SESSION_MINUTES, 60)
        .containsEntry(SKIP_PERIODS, "2031-03-31..2031-04-04\n2031-04-14..2031-04-25");

    execute(job("Task_ConfirmKickoff"));
    Task confirm = task();
    assertThat(confirm).hasName("Confirm kickoff").isAssignedTo("marc");
    assertThat(formRef()).isEqualTo("confirm-kickoff");
    assertThat(taskService().getVariableLocal(confirm.getId(), KICKOFF_SUMMARY)).asString().contains("Plan a trip");
    verify(mails).toParticipant("tandem-confirm-kickoff", Recipient.MENTEE, TANDEM, "task/" + confirm.getId(),
        tandem.getId(), confirm.getId(), null);

    complete(confirm, withVariables(KICKOFF_DECISION, CONFIRM));
    verify(kickoffs).activate(TANDEM);
    assertThat(tandem).isEnded().hasPassedInOrder("Task_AgreeGoalsAndCadence", "Task_ConfirmKickoff",
        "EndEvent_KickoffConfirmed", "Task_ActivateTandem", "EndEvent_ReadyForSessions");
  }

  @Test
  void menteeAsksForChangesAndTheMentorAgreesAgainSeeingWhat() {
    ProcessInstance tandem = startAndAgree();
    execute(job("Task_ConfirmKickoff"));
    complete(task(), withVariables(KICKOFF_DECISION, ASK_FOR_CHANGES,
        KICKOFF_COMMENT, "Please add a goal on <b>online banking</b>"));
    verify(kickoffs, never()).activate(anyLong());

    assertThat(tandem).isWaitingAt("Task_AgreeGoalsAndCadence");
    execute(job("Task_AgreeGoalsAndCadence"));
    Task again = task();
    assertThat(again).isAssignedTo("zoe");
    assertThat(taskService().getVariableLocal(again.getId(), REQUESTED_CHANGES))
        .isEqualTo("Please add a goal on <b>online banking</b>");
    verify(mails).toParticipant("tandem-agree-goals-changes", Recipient.MENTOR, TANDEM, "task/" + again.getId(),
        tandem.getId(), again.getId(), "Please add a goal on <b>online banking</b>");
    assertThat(taskService().getVariable(again.getId(), GOALS)).as("the form shows the earlier goals")
        .isEqualTo("Plan a trip\nUse an AI assistant");

    complete(again, goals("Plan a trip\nUse an AI assistant\nPay online safely", 3, 5, 90, ""));
    execute(job("Task_ConfirmKickoff"));
    Task confirm = task();
    assertThat(taskService().getVariable(confirm.getId(), KICKOFF_DECISION)).as("the earlier answer is cleared").isNull();
    assertThat(taskService().getVariable(confirm.getId(), KICKOFF_COMMENT)).isNull();
    complete(confirm, withVariables(KICKOFF_DECISION, CONFIRM));
    assertThat(tandem).isEnded().hasPassed("EndEvent_ReadyForSessions");
    verify(kickoffs).activate(TANDEM);
  }

  @Test
  void mentorIsRemindedAfterThreeDaysWithoutGoalsAndMenteeAfterThreeDaysWithoutAnswer() {
    ProcessInstance tandem = start();
    execute(job("Task_SendKickoffInvitation"));
    execute(job("Task_AgreeGoalsAndCadence"));
    String agreeId = task().getId();
    moveClockBy(Duration.ofDays(3).minusMinutes(1));
    assertThat(dueJobs()).as("no reminder before three days").isZero();

    moveClockBy(Duration.ofMinutes(2));
    execute(job("Timer_AgreeGoalsReminder"));
    execute(job("Task_RemindMentor"));
    verify(mails).toParticipant("tandem-agree-goals-reminder", Recipient.MENTOR, TANDEM,
        tandem.getId() + "/Task_RemindMentor/" + agreeId, tandem.getId(), agreeId, null);
    assertThat(tandem).isWaitingAt("Task_AgreeGoalsAndCadence").hasPassed("EndEvent_MentorReminded");

    complete(task(), goals("Plan a trip\nUse an AI assistant", 2, 4, 60, null));
    execute(job("Task_ConfirmKickoff"));
    String confirmId = task().getId();
    moveClockBy(Duration.ofDays(3).plusMinutes(1));
    execute(job("Timer_ConfirmKickoffReminder"));
    execute(job("Task_RemindMentee"));
    verify(mails).toParticipant("tandem-confirm-kickoff-reminder", Recipient.MENTEE, TANDEM,
        tandem.getId() + "/Task_RemindMentee/" + confirmId, tandem.getId(), confirmId, null);
    assertThat(tandem).hasPassed("EndEvent_MenteeReminded").isWaitingAt("Task_ConfirmKickoff");

    complete(task(), withVariables(KICKOFF_DECISION, CONFIRM));
    assertThat(tandem).isEnded().hasPassed("EndEvent_ReadyForSessions");
  }

  @Test
  void anAnswerEndsAReminderStillWaitingToBeSent() {
    ProcessInstance tandem = startAndAgree();
    execute(job("Task_ConfirmKickoff"));
    moveClockBy(Duration.ofDays(4));
    execute(job("Timer_ConfirmKickoffReminder"));
    assertThat(tandem).isWaitingAt("Task_ConfirmKickoff", "Task_RemindMentee");

    complete(task(), withVariables(KICKOFF_DECISION, CONFIRM));
    assertThat(tandem).isEnded();
    verify(mails, never()).toParticipant(eq("tandem-confirm-kickoff-reminder"), any(), anyLong(), anyString(),
        anyString(), anyString(), isNull());
  }

  @Test
  void badGoalsAndCadenceAreRefusedNamingTheFieldAndTheTaskStaysOpen() {
    ProcessInstance tandem = start();
    execute(job("Task_SendKickoffInvitation"));
    execute(job("Task_AgreeGoalsAndCadence"));
    String taskId = task().getId();

    assertThatThrownBy(() -> taskService().complete(taskId, goals("Only one goal", 2, 4, 60, null)))
        .hasRootCauseInstanceOf(RejectedInputException.class).hasMessageContaining("goals: must name 2 to 4 goals");
    assertThatThrownBy(() -> taskService().complete(taskId, goals("a\nb\nc\nd\ne", 2, 4, 60, null)))
        .hasMessageContaining("goals: must name 2 to 4 goals");
    assertThatThrownBy(() -> taskService().complete(taskId, goals("a\nb", 6, 0, 200, "2031-05-01..2031-04-01")))
        .hasMessageContaining("cadenceWeeks: must be between 1 and 4")
        .hasMessageContaining("sessionCount: must be between 1 and 12")
        .hasMessageContaining("sessionMinutes: must be between 30 and 120")
        .hasMessageContaining("skipPeriods: '2031-05-01..2031-04-01' ends before it begins");
    assertThatThrownBy(() -> taskService().complete(taskId, goals("a\nb", "every two weeks", 4, 60, null)))
        .hasMessageContaining("cadenceWeeks: must be a whole number");
    assertThatThrownBy(() -> taskService().complete(taskId, goals("a\n" + "b".repeat(2001), 2, 4, 60, null)))
        .hasMessageContaining("goals: must be at most 2000 characters");

    verify(kickoffs, never()).agree(anyLong(), any());
    assertThat(tandem).isWaitingAt("Task_AgreeGoalsAndCadence");
    assertThat(taskService().getVariable(taskId, GOALS)).as("nothing of a refused submission stays").isNull();
  }

  @Test
  void anUnclearAnswerOrChangesWithoutSayingWhichAreRefused() {
    ProcessInstance tandem = startAndAgree();
    execute(job("Task_ConfirmKickoff"));
    String taskId = task().getId();

    assertThatThrownBy(() -> taskService().complete(taskId, withVariables(KICKOFF_DECISION, "maybe")))
        .hasRootCauseInstanceOf(RejectedInputException.class)
        .hasMessageContaining("kickoffDecision: must be one of confirm, changes");
    assertThatThrownBy(() -> taskService().complete(taskId, withVariables(KICKOFF_DECISION, ASK_FOR_CHANGES,
        KICKOFF_COMMENT, "  ")))
        .hasMessageContaining("kickoffComment: must say what the mentor should change");
    assertThatThrownBy(() -> taskService().complete(taskId, withVariables(KICKOFF_DECISION, ASK_FOR_CHANGES,
        KICKOFF_COMMENT, "x".repeat(2001))))
        .hasMessageContaining("kickoffComment: must be at most 2000 characters");
    assertThat(tandem).isWaitingAt("Task_ConfirmKickoff");
    verify(kickoffs, never()).activate(anyLong());
  }

  private ProcessInstance start() {
    ProcessInstance tandem = runtimeService().startProcessInstanceByKey(PROCESS_KEY, NUMBER, Map.of(TANDEM_ID, TANDEM));
    assertThat(tandem).isStarted().hasBusinessKey(NUMBER);
    return tandem;
  }

  private ProcessInstance startAndAgree() {
    ProcessInstance tandem = start();
    execute(job("Task_SendKickoffInvitation"));
    execute(job("Task_AgreeGoalsAndCadence"));
    complete(task(), goals("Plan a trip\nUse an AI assistant", 2, 4, 60, null));
    return tandem;
  }

  private static Map<String, Object> goals(String goals, Object cadence, Object count, Object minutes, String skip) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(GOALS, goals);
    variables.put(CADENCE_WEEKS, cadence);
    variables.put(SESSION_COUNT, count);
    variables.put(SESSION_MINUTES, minutes);
    variables.put(SKIP_PERIODS, skip);
    return variables;
  }

  private static String formRef() {
    return taskQuery().initializeFormKeys().singleResult().getCamundaFormRef().getKey();
  }

  private long dueJobs() {
    return managementService().createJobQuery().executable().count();
  }

  private static void moveClockBy(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }
}
