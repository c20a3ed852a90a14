package org.reversementoring.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.reversementoring.closing.ClosingVariables.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.common.process.TaskInputValidation;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProcessVariable;
import org.reversementoring.closing.process.CheckClosingDecisionListener;
import org.reversementoring.closing.process.FollowUpMissingFeedbackListener;
import org.reversementoring.closing.process.GiveFinalFeedbackListener;
import org.reversementoring.closing.process.MarkTandemClosedDelegate;
import org.reversementoring.closing.process.PrepareClosingDelegate;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.MailStep;
import org.reversementoring.notification.MailSteps;
import org.reversementoring.notification.Mailer;
import org.reversementoring.notification.process.OpenTasks;
import org.reversementoring.notification.ProcessMails;
import org.reversementoring.notification.process.ProcessMailDelegate;
import org.reversementoring.notification.process.TaskMailListener;
import org.reversementoring.worklist.DueDateRules;

/**
 * {@code tandem-closing} on an in-memory engine. The app's delegates and listeners, and the
 * generic {@code taskMail} and {@code processMail}, run as they are, over mocked domain services;
 * the closing's mails are recorded as the steps the model hands them (template, recipient, step
 * key, task, variables), so those are checked too. Timers fire by moving the engine clock.
 */
@Deployment(resources = "tandem-closing.bpmn")
class TandemClosingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0).build();

  private static final long TANDEM = 7L;
  private static final String NUMBER = "RMT-2031-001";
  private static final Instant START = Instant.parse("2031-06-02T09:00:00Z");
  private static final FeedbackAnswer MENTOR_ANSWER = new FeedbackAnswer(5, "How executives decide", true, true, null);
  private static final ProgramProperties PROPERTIES = new ProgramProperties("http://mentoring.test", "secret",
      new ProgramProperties.Mail("office@example.com", "coordinators@example.com"));
  private static final FeedbackAnswer MENTEE_ANSWER = new FeedbackAnswer(4, "Prompting an AI assistant", true, false,
      "More sessions, please");

  ProcessEngine processEngine;
  private final ClosingService closing = mock(ClosingService.class);
  private final FeedbackSummary summary = mock(FeedbackSummary.class);
  private final FinalFeedbackService feedback = mock(FinalFeedbackService.class);
  private final List<MailStep> mailSteps = new ArrayList<>();

  /** Records each mail step of the closing; what ClosingMails writes of it, ClosingMailsTest checks. */
  private final ProcessMails mails = new ProcessMails() {
    @Override
    public Set<String> processKeys() {
      return Set.of(PROCESS_KEY);
    }

    @Override
    public List<MailMessage> mails(MailStep step) {
      mailSteps.add(step);
      return List.of();
    }
  };

  @BeforeEach
  void setUp() {
    init(processEngine);
    ClockUtil.setCurrentTime(Date.from(START));
    when(closing.prepare(TANDEM)).thenReturn(new ClosingService.ClosingParticipants("zoe", "marc"));
    when(summary.missing(eq(TANDEM), anyBoolean(), anyBoolean(), eq(Language.EN)))
        .thenReturn("Marc Weber (executive, marc@example.com)");
    MailSteps sender = new MailSteps(List.of(mails), mock(Mailer.class));
    Mocks.register("prepareClosing", new PrepareClosingDelegate(closing));
    Mocks.register("dueDates", new DueDateRules());
    Mocks.register("taskMail", new TaskMailListener(sender, PROPERTIES));
    Mocks.register("giveFinalFeedback", new GiveFinalFeedbackListener(feedback));
    Mocks.register("processMail", new ProcessMailDelegate(sender, new OpenTasks(processEngine.getTaskService()), PROPERTIES));
    Mocks.register("followUpMissingFeedback", new FollowUpMissingFeedbackListener(summary));
    Mocks.register("validateTaskInput", new TaskInputValidation());
    Mocks.register("checkClosingDecision", new CheckClosingDecisionListener());
    Mocks.register("markTandemClosed", new MarkTandemClosedDelegate(closing));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    reset();
  }

  @Test
  void bothGiveFeedbackAndTheCoordinatorClosesTheTandem() {
    ProcessInstance closingInstance = startAndAskBoth();
    Task mentorTask = feedbackTask("Task_GiveMentorFeedback");
    Task menteeTask = feedbackTask("Task_GiveMenteeFeedback");
    assertThat(mentorTask).hasName("Give final feedback as mentor").isAssignedTo("zoe");
    assertThat(menteeTask).hasName("Give final feedback as executive").isAssignedTo("marc");
    assertThat(formRef(mentorTask)).isEqualTo("give-final-feedback");
    assertMail("closing-feedback-mentor", "mentor", "task/" + mentorTask.getId(), closingInstance.getId(),
        mentorTask.getId(), null);
    assertMail("closing-feedback-mentee", "mentee", "task/" + menteeTask.getId(), closingInstance.getId(),
        menteeTask.getId(), null);

    complete(mentorTask, answer("5", " How executives decide ", "yes", true, ""));
    verify(feedback).record(TANDEM, FeedbackRole.MENTOR, MENTOR_ANSWER);
    assertThat(closingInstance).variables().containsEntry(MENTOR_ANSWERED.name(), true)
        .containsEntry(MENTEE_ANSWERED.name(), false)
        .doesNotContainKeys(ProcessVariable.names(FINAL_FEEDBACK_FORM).toArray(String[]::new));
    assertThat(taskService().getVariable(menteeTask.getId(), LEARNED.name()))
        .as("the executive's form never shows the mentor's answer")
        .isNull();
    complete(menteeTask, answer(4L, "Prompting an AI assistant", "yes", "no", "More sessions, please"));
    verify(feedback).record(TANDEM, FeedbackRole.MENTEE, MENTEE_ANSWER);

    assertThat(closingInstance).hasPassed("EndEvent_FeedbackComplete").isWaitingAt("Task_ExtendOrClose");
    execute(job("Task_ExtendOrClose"));
    Task decide = task();
    assertThat(decide).hasName("Extend or close tandem").hasCandidateGroup("coordinators");
    assertThat(formRef(decide)).isEqualTo("extend-or-close");
    assertMail("closing-decide", "coordinators", "task/" + decide.getId(), closingInstance.getId(), decide.getId(),
        null);

    complete(decide, withVariables(CLOSING_DECISION.name(), CLOSE, EXTRA_SESSIONS.name(), 3L, CLOSING_NOTE.name(),
        " Goals reached "));
    assertThat(closingInstance).isWaitingAt("Task_SendCertificate");
    execute(job("Task_SendCertificate"));
    assertMail("closing-certificate", "mentorWithCertificate", closingInstance.getId() + "/Task_SendCertificate",
        closingInstance.getId(), null, null);
    execute(job("Task_ThankAndInformSupervisor"));
    assertMail("closing-thanks", "tandemAndSupervisor", closingInstance.getId() + "/Task_ThankAndInformSupervisor",
        closingInstance.getId(), null, null);
    verify(closing).close(TANDEM, "Goals reached");
    assertThat(closingInstance).isEnded().hasPassedInOrder("Task_PrepareClosing", "Task_ExtendOrClose",
        "Task_SendCertificate", "Task_ThankAndInformSupervisor", "Task_MarkTandemClosed", "EndEvent_TandemClosed");
    assertThat(historicVariable(CLOSING_DECISION.name())).isEqualTo(CLOSE);
    assertThat(historicVariable(EXTRA_SESSIONS.name())).as("closing adds no sessions").isEqualTo(0);
  }

  @Test
  void bothGiveFeedbackAndTheCoordinatorExtendsTheTandem() {
    ProcessInstance closingInstance = startAndAskBoth();
    complete(feedbackTask("Task_GiveMenteeFeedback"), answer(4, "Prompting an AI assistant", "yes", "no", "More sessions, please"));
    complete(feedbackTask("Task_GiveMentorFeedback"), answer(5, "How executives decide", "true", "yes", null));
    execute(job("Task_ExtendOrClose"));

    complete(task(), withVariables(CLOSING_DECISION.name(), EXTEND, EXTRA_SESSIONS.name(), "3"));
    assertThat(closingInstance).isEnded().hasPassed("EndEvent_TandemExtended").hasNotPassed("Task_SendCertificate");
    assertThat(historicVariable(CLOSING_DECISION.name())).isEqualTo(EXTEND);
    assertThat(historicVariable(EXTRA_SESSIONS.name())).isEqualTo(3);
    assertThat(mailSteps).extracting(MailStep::template).doesNotContain("closing-certificate", "closing-thanks");
    verify(closing, never()).close(anyLong(), any());
  }

  @Test
  void bothAreRemindedAfterThreeDaysAndAnswerLate() {
    ProcessInstance closingInstance = startAndAskBoth();
    String mentorTaskId = feedbackTask("Task_GiveMentorFeedback").getId();
    String menteeTaskId = feedbackTask("Task_GiveMenteeFeedback").getId();
    moveClockBy(Duration.ofDays(3).minusMinutes(1));
    assertThat(dueJobs()).as("no reminder before three days").isZero();

    moveClockBy(Duration.ofMinutes(2));
    execute(job("Timer_MentorFeedbackReminder"));
    execute(job("Timer_MenteeFeedbackReminder"));
    execute(job("Task_RemindMentorFeedback"));
    execute(job("Task_RemindMenteeFeedback"));
    assertMail("closing-feedback-reminder-mentor", "mentor", closingInstance.getId() + "/Task_RemindMentorFeedback",
        closingInstance.getId(), mentorTaskId, null);
    assertMail("closing-feedback-reminder-mentee", "mentee", closingInstance.getId() + "/Task_RemindMenteeFeedback",
        closingInstance.getId(), menteeTaskId, null);
    assertThat(closingInstance).hasPassed("EndEvent_MentorReminded", "EndEvent_MenteeReminded")
        .isWaitingAt("Task_GiveMentorFeedback", "Task_GiveMenteeFeedback");

    moveClockBy(Duration.ofDays(2));
    complete(feedbackTask("Task_GiveMentorFeedback"), answer(5, "How executives decide", "yes", "yes", null));
    complete(feedbackTask("Task_GiveMenteeFeedback"), answer(4, "Prompting an AI assistant", "yes", "no", "More sessions, please"));
    assertThat(closingInstance).isWaitingAt("Task_ExtendOrClose");
    moveClockBy(Duration.ofDays(3));
    assertThat(managementService().createJobQuery().timers().count()).as("the 7-day chase is gone").isZero();
    assertThat(closingInstance).hasNotPassed("Task_ChaseMissingFeedback");
  }

  @Test
  void afterSevenDaysOrganizersChaseWhoIsMissingAndTheLateAnswerEndsTheChase() {
    ProcessInstance closingInstance = startAndAskBoth();
    complete(feedbackTask("Task_GiveMentorFeedback"), answer(5, "How executives decide", "yes", "yes", null));
    moveClockBy(Duration.ofDays(7).plusMinutes(1));
    runDueJobs();

    Task chase = feedbackTask("Task_ChaseMissingFeedback");
    assertThat(chase).hasName("Chase missing feedback").hasCandidateGroup("program-organizers");
    assertThat(taskService().getIdentityLinksForTask(chase.getId())).extracting(IdentityLink::getGroupId)
        .as("organizers first").containsExactly("program-organizers");
    assertThat(formRef(chase)).isEqualTo("chase-missing-feedback");
    verify(summary).missing(TANDEM, true, false, Language.EN);
    assertThat(taskService().getVariableLocal(chase.getId(), MISSING_FEEDBACK.name()))
        .isEqualTo("Marc Weber (executive, marc@example.com)");
    assertMail("closing-feedback-chase", "organizers", "task/" + chase.getId(), closingInstance.getId(),
        chase.getId(), "Marc Weber (executive, marc@example.com)");

    complete(chase, withVariables(CHASE_OUTCOME.name(), "reached"));
    assertThat(closingInstance).hasPassed("Gateway_Reached").isWaitingAt("Timer_AfterTheChase", "Task_GiveMenteeFeedback");
    complete(feedbackTask("Task_GiveMenteeFeedback"), answer(3, "Prompting an AI assistant", "no", "no", null));

    assertThat(closingInstance).isWaitingAt("Task_ExtendOrClose").hasNotPassed("Task_FollowUpMissingFeedback");
    assertThat(managementService().createJobQuery().timers().count()).as("the wait after the chase is gone").isZero();
  }

  @Test
  void organizersWhoReachNobodyHandOverAndTheCoordinatorsKeepWaitingUntilTheAnswerEndsTheFollowUp() {
    ProcessInstance closingInstance = startAndAskBoth();
    complete(feedbackTask("Task_GiveMentorFeedback"), answer(5, "How executives decide", "yes", "yes", null));
    moveClockBy(Duration.ofDays(7).plusMinutes(1));
    runDueJobs();
    complete(feedbackTask("Task_ChaseMissingFeedback"), withVariables(CHASE_OUTCOME.name(), "unreachable"));
    runDueJobs();

    Task followUp = feedbackTask("Task_FollowUpMissingFeedback");
    assertThat(followUp).hasName("Follow up missing feedback");
    assertThat(taskService().getIdentityLinksForTask(followUp.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("coordinators");
    assertThat(formRef(followUp)).isEqualTo("follow-up-missing-feedback");
    assertThat(closingInstance).hasPassed("Gateway_HandOver", "Gateway_Escalate").hasNotPassed("Timer_AfterTheChase");
    assertMail("closing-feedback-missing", "coordinators", "task/" + followUp.getId(), closingInstance.getId(),
        followUp.getId(), "Marc Weber (executive, marc@example.com)");

    complete(followUp, withVariables(FOLLOW_UP_DECISION.name(), KEEP_WAITING));
    assertThat(closingInstance).hasPassed("EndEvent_KeepWaiting").isWaitingAt("Task_GiveMenteeFeedback");

    // a second follow-up, still open when the answer comes: the answer ends it
    runtimeService().createProcessInstanceModification(closingInstance.getId())
        .startBeforeActivity("Task_FollowUpMissingFeedback").execute();
    runDueJobs();
    assertThat(taskQuery().taskDefinitionKey("Task_FollowUpMissingFeedback").count()).isEqualTo(1);
    complete(feedbackTask("Task_GiveMenteeFeedback"), answer(3, "Prompting an AI assistant", "no", "no", null));
    assertThat(taskQuery().taskDefinitionKey("Task_FollowUpMissingFeedback").count()).isZero();
    assertThat(closingInstance).isWaitingAt("Task_ExtendOrClose");
  }

  @Test
  void threeDaysAfterAChaseWithoutTheAnswerTheCoordinatorGoesOnWithoutIt() {
    ProcessInstance closingInstance = startAndAskBoth();
    complete(feedbackTask("Task_GiveMenteeFeedback"), answer(4, "Prompting an AI assistant", "yes", "no", null));
    moveClockBy(Duration.ofDays(8));
    runDueJobs();
    verify(summary).missing(TANDEM, false, true, Language.EN);
    complete(feedbackTask("Task_ChaseMissingFeedback"), withVariables(CHASE_OUTCOME.name(), "reached"));
    moveClockBy(Duration.ofDays(3).minusMinutes(1));
    runDueJobs();
    assertThat(taskQuery().taskDefinitionKey("Task_FollowUpMissingFeedback").count()).as("not before three days").isZero();
    moveClockBy(Duration.ofMinutes(2));
    runDueJobs();

    assertThat(closingInstance).hasPassed("Timer_AfterTheChase", "Gateway_HandOver");
    complete(feedbackTask("Task_FollowUpMissingFeedback"), withVariables(FOLLOW_UP_DECISION.name(), GO_ON));
    assertThat(closingInstance).hasPassed("EndEvent_GoOnWithoutFeedback", "Error_GoOnWithoutFeedbackCaught")
        .hasNotPassed("EndEvent_FeedbackComplete").isWaitingAt("Task_ExtendOrClose");
    assertThat(taskQuery().taskDefinitionKey("Task_GiveMentorFeedback").count()).as("the mentor's task ends").isZero();
    verify(feedback, never()).record(anyLong(), eq(FeedbackRole.MENTOR), any());
    execute(job("Task_ExtendOrClose"));
    String decideId = task().getId();
    assertMail("closing-decide", "coordinators", "task/" + decideId, closingInstance.getId(), decideId, null);
  }

  @Test
  void aChaseLeftUndoneForThreeDaysGoesToTheCoordinators() {
    ProcessInstance closingInstance = startAndAskBoth();
    moveClockBy(Duration.ofDays(7).plusMinutes(1));
    runDueJobs();
    assertThat(taskQuery().taskDefinitionKey("Task_ChaseMissingFeedback").count()).isEqualTo(1);

    moveClockBy(Duration.ofDays(3));
    runDueJobs();

    assertThat(closingInstance).hasPassed("Timer_ChaseNotDone", "Gateway_Escalate").hasNotPassed("Gateway_Reached");
    assertThat(taskQuery().taskDefinitionKey("Task_ChaseMissingFeedback").count()).as("the chase ends").isZero();
    verify(summary, times(2)).missing(TANDEM, false, false, Language.EN);
    assertThat(taskService().getVariableLocal(feedbackTask("Task_FollowUpMissingFeedback").getId(),
        MISSING_FEEDBACK.name())).isEqualTo("Marc Weber (executive, marc@example.com)");
  }

  @Test
  void badFeedbackADecisionWithoutSessionsAndAnUnclearFollowUpAreRefusedAndTheTasksStayOpen() {
    ProcessInstance closingInstance = startAndAskBoth();
    String mentorTaskId = feedbackTask("Task_GiveMentorFeedback").getId();

    assertThatThrownBy(() -> taskService().complete(mentorTaskId, answer(6, " ", "maybe", null, "x".repeat(2001))))
        .hasRootCauseInstanceOf(RejectedInputException.class)
        .hasMessageContaining("overallRating: must be between 1 and 5")
        .hasMessageContaining("learned: must say what was learned")
        .hasMessageContaining("wouldRecommend: must be answered yes or no")
        .hasMessageContaining("wouldTakePartAgain: must be answered yes or no")
        .hasMessageContaining("feedbackComment: must be at most 2000 characters");
    assertThatThrownBy(() -> taskService().complete(mentorTaskId, answer("five", "y".repeat(2001), "yes", "yes", null)))
        .hasMessageContaining("overallRating: must be a whole number")
        .hasMessageContaining("learned: must be at most 2000 characters");
    assertThatThrownBy(() -> taskService().complete(mentorTaskId, answer(null, "a", "yes", "yes", null)))
        .hasMessageContaining("overallRating: must be given (1 to 5)");
    verify(feedback, never()).record(anyLong(), any(), any());
    assertThat(closingInstance).isWaitingAt("Task_GiveMentorFeedback");
    assertThat(taskService().getVariable(mentorTaskId, LEARNED.name())).as("nothing of a refused submission stays").isNull();
    assertThat(taskService().getVariable(mentorTaskId, MENTOR_ANSWERED.name())).isEqualTo(false);

    moveClockBy(Duration.ofDays(7).plusMinutes(1));
    runDueJobs();
    String chaseId = feedbackTask("Task_ChaseMissingFeedback").getId();
    assertThatThrownBy(() -> taskService().complete(chaseId, withVariables(CHASE_OUTCOME.name(), "maybe")))
        .hasRootCauseInstanceOf(RejectedInputException.class)
        .hasMessageContaining("chaseOutcome: must be one of reached, unreachable");
    complete(feedbackTask("Task_ChaseMissingFeedback"), withVariables(CHASE_OUTCOME.name(), "unreachable"));
    runDueJobs();
    String followUpId = feedbackTask("Task_FollowUpMissingFeedback").getId();
    assertThatThrownBy(() -> taskService().complete(followUpId, withVariables(FOLLOW_UP_DECISION.name(), "maybe")))
        .hasRootCauseInstanceOf(RejectedInputException.class)
        .hasMessageContaining("followUpDecision: must be one of wait, goOn");
    complete(feedbackTask("Task_GiveMentorFeedback"), answer(5, "How executives decide", "yes", "yes", null));
    complete(feedbackTask("Task_GiveMenteeFeedback"), answer(4, "Prompting an AI assistant", "yes", "no", null));
    execute(job("Task_ExtendOrClose"));
    String decideId = task().getId();

    assertThatThrownBy(() -> taskService().complete(decideId, withVariables(CLOSING_DECISION.name(), "pause")))
        .hasRootCauseInstanceOf(RejectedInputException.class)
        .hasMessageContaining("closingDecision: must be one of extend, close");
    assertThatThrownBy(() -> taskService().complete(decideId, withVariables(CLOSING_DECISION.name(), EXTEND)))
        .hasMessageContaining("extraSessions: must be between 1 and 8 when extending");
    assertThatThrownBy(() -> taskService().complete(decideId,
        withVariables(CLOSING_DECISION.name(), EXTEND, EXTRA_SESSIONS.name(), 9)))
        .hasMessageContaining("extraSessions: must be between 1 and 8 when extending");
    assertThatThrownBy(() -> taskService().complete(decideId,
        withVariables(CLOSING_DECISION.name(), EXTEND, EXTRA_SESSIONS.name(), "two")))
        .hasMessageContaining("extraSessions: must be a whole number");
    assertThatThrownBy(() -> taskService().complete(decideId, withVariables(CLOSING_DECISION.name(), CLOSE,
        CLOSING_NOTE.name(), "n".repeat(2001))))
        .hasMessageContaining("closingNote: must be at most 2000 characters");
    assertThat(closingInstance).isWaitingAt("Task_ExtendOrClose");
    assertThat(taskService().getVariable(decideId, CLOSING_DECISION.name())).isNull();
    verify(closing, never()).close(anyLong(), any());
  }

  @Test
  void aSecondCallForTheSameTandemSendsItsOwnMails() {
    ProcessInstance first = startAndAskBoth();
    ProcessInstance second = startAndAskBoth();
    assertThat(first.getBusinessKey()).isEqualTo(second.getBusinessKey());
    List<String> mentorTasks = taskQuery().taskDefinitionKey("Task_GiveMentorFeedback").list().stream()
        .map(Task::getId).toList();
    assertThat(mentorTasks).hasSize(2).doesNotHaveDuplicates();
    for (String taskId : mentorTasks) {
      MailStep step = mailStep("task/" + taskId);
      assertMail("closing-feedback-mentor", "mentor", "task/" + taskId, step.processInstanceId(), taskId, null);
    }
    assertThat(mailSteps).extracting(MailStep::processInstanceId).contains(first.getId(), second.getId());
  }

  private ProcessInstance startAndAskBoth() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS_KEY, NUMBER, Map.of(TANDEM_ID.name(), TANDEM));
    assertThat(instance).isStarted().hasBusinessKey(NUMBER).hasPassed("Task_PrepareClosing")
        .isWaitingAt("Task_GiveMentorFeedback", "Task_GiveMenteeFeedback");
    assertThat(instance).variables().containsEntry(MENTOR_USER_ID.name(), "zoe").containsEntry(MENTEE_USER_ID.name(), "marc");
    execute(job("Task_GiveMentorFeedback", instance));
    execute(job("Task_GiveMenteeFeedback", instance));
    return instance;
  }

  /**
   * The model sent exactly one mail step with this key, naming this template and recipient, about
   * this task (null: none) of this instance, for the tandem; {@code missingFeedback} is what the
   * step sees of who has not answered (null: nothing).
   */
  private void assertMail(String template, String recipient, String key, String processInstanceId, String taskId,
      String missingFeedback) {
    MailStep step = mailStep(key);
    assertThat(step.processKey()).isEqualTo(PROCESS_KEY);
    assertThat(step.template()).isEqualTo(template);
    assertThat(step.recipient()).isEqualTo(recipient);
    assertThat(step.processInstanceId()).isEqualTo(processInstanceId);
    assertThat(step.taskId()).isEqualTo(taskId);
    assertThat(TANDEM_ID.from(step.variables())).isEqualTo(TANDEM);
    assertThat(MISSING_FEEDBACK.optionalFrom(step.variables())).isEqualTo(Optional.ofNullable(missingFeedback));
  }

  private MailStep mailStep(String key) {
    List<MailStep> withKey = mailSteps.stream().filter(step -> step.key().equals(key)).toList();
    assertThat(withKey).as("mail steps with key " + key).hasSize(1);
    return withKey.get(0);
  }

  private static Task feedbackTask(String activityId) {
    return taskQuery().taskDefinitionKey(activityId).singleResult();
  }

  private static Map<String, Object> answer(Object rating, String learned, Object recommend, Object again, String comment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(OVERALL_RATING.name(), rating);
    variables.put(LEARNED.name(), learned);
    variables.put(WOULD_RECOMMEND.name(), recommend);
    variables.put(WOULD_TAKE_PART_AGAIN.name(), again);
    variables.put(FEEDBACK_COMMENT.name(), comment);
    return variables;
  }

  private static String formRef(Task task) {
    return taskQuery().taskId(task.getId()).initializeFormKeys().singleResult().getCamundaFormRef().getKey();
  }

  private static Object historicVariable(String name) {
    return historyService().createHistoricVariableInstanceQuery().variableName(name).singleResult().getValue();
  }

  private long dueJobs() {
    return managementService().createJobQuery().executable().count();
  }

  private void runDueJobs() {
    for (int round = 0; round < 10; round++) {
      var due = managementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService().executeJob(job.getId()));
    }
  }

  private static void moveClockBy(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }
}
