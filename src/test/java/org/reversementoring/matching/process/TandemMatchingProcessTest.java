package org.reversementoring.matching.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.reversementoring.matching.MatchingVariables.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.reversementoring.worklist.DueDateRules;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.matching.MatchingPool;
import org.reversementoring.matching.MatchingResult;
import org.reversementoring.matching.MatchingRound;
import org.reversementoring.matching.Proposal;

@Deployment(resources = "tandem-matching.bpmn")
class TandemMatchingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0).build();

  ProcessEngine processEngine;
  private final List<String> mails = new ArrayList<>();
  private final List<String> steps = new ArrayList<>();

  static final MatchingResult PROPOSAL_OF_TWO = new MatchingResult(List.of(
      new Proposal(1, 10, 82, List.of("shares 2 of 2 topics"), false),
      new Proposal(2, 11, 64, List.of("both in Munich"), false)), List.of(), List.of(), List.of());

  @BeforeEach
  void setUp() {
    init(processEngine);
    Mocks.register("proposeTandems", (JavaDelegate) execution -> {
      steps.add("proposed vetoed=" + VETOED_PAIRS.optionalFrom(execution).orElse(null)
          + " fixed=" + FIXED_PAIRS.optionalFrom(execution).orElse(null));
      execution.setProcessBusinessKey("Spring 2027");
      PROPOSAL.set(execution, PROPOSAL_OF_TWO);
      PROPOSAL_SUMMARY.set(execution, "1. Lena + Marc\n2. Zoe + Ines");
      PROPOSED_COUNT.set(execution, 2);
      UNMATCHED_MENTEE_COUNT.set(execution, 0);
    });
    MatchingRound round = mock(MatchingRound.class);
    when(round.pool()).thenReturn(new MatchingPool(List.of(), List.of(),
        Map.of(1L, person(1, "lena@example.com")), Map.of(11L, person(11, "ines@example.com"))));
    Mocks.register("reviewMatchingProposal", new ReviewProposalListener(round));
    Mocks.register("taskMail", new TaskMailDouble());
    Mocks.register("processMail", new MailDouble());
    Mocks.register("dueDates", new DueDateRules());
    Mocks.register("formTandems", (JavaDelegate) execution -> steps.add("formed"));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    reset();
  }

  @Test
  void approvedProposalFormsTandemsAndTellsTheExecutives() {
    ProcessInstance matching = start();
    assertThat(matching.getBusinessKey()).isEqualTo("Spring 2027");
    execute(job("Task_ReviewMatchingProposal"));
    assertThat(task()).hasName("Review matching proposal").hasCandidateGroup("coordinators");

    complete(task(), withVariables(MATCHING_DECISION.name(), "approve"));
    assertThat(steps).containsExactly("proposed vetoed=null fixed=null", "formed");
    execute(job("Task_TellExecutives"));
    assertThat(matching).isEnded().hasPassed("EndEvent_TandemsFormed");
    assertThat(mails).containsExactly("matching-review to coordinators", "matching-picked to executives");
  }

  @Test
  void vetoesAndFixedPairsAreKeptAcrossRecomputations() {
    ProcessInstance matching = start();
    execute(job());
    complete(task(), withVariables(MATCHING_DECISION.name(), "recompute", VETOES.name(), "2", FIXES.name(), "lena@example.com + ines@example.com"));
    execute(job("Task_ReviewMatchingProposal"));
    complete(task(), withVariables(MATCHING_DECISION.name(), "recompute", VETOES.name(), "1"));
    execute(job("Task_ReviewMatchingProposal"));
    assertThat(matching).variables().containsEntry(VETOED_PAIRS.name(), "1:10,2:11").containsEntry(FIXED_PAIRS.name(), "1:11");

    complete(task(), withVariables(MATCHING_DECISION.name(), "approve"));
    execute(job());
    assertThat(matching).isEnded().hasPassed("Gateway_ProposalRound", "EndEvent_TandemsFormed");
    assertThat(steps).containsExactly("proposed vetoed=null fixed=null", "proposed vetoed=2:11 fixed=1:11",
        "proposed vetoed=1:10,2:11 fixed=1:11", "formed");
    assertThat(mails).containsExactly("matching-review to coordinators", "matching-review to coordinators",
        "matching-review to coordinators", "matching-picked to executives");
  }

  @Test
  void aNewVetoLiftsAFixOfTheSamePair() {
    ProcessInstance matching = start();
    execute(job());
    complete(task(), withVariables(MATCHING_DECISION.name(), "recompute", FIXES.name(), "lena@example.com ines@example.com"));
    execute(job());
    complete(task(), withVariables(MATCHING_DECISION.name(), "recompute", VETOES.name(), "1"));
    execute(job());
    assertThat(matching).variables().containsEntry(VETOED_PAIRS.name(), "1:10").containsEntry(FIXED_PAIRS.name(), "1:11");
  }

  @Test
  void cancelledMatchingFormsNothingAndTellsNobody() {
    ProcessInstance matching = start();
    execute(job());
    complete(task(), withVariables(MATCHING_DECISION.name(), "cancel"));
    assertThat(matching).isEnded().hasPassed("EndEvent_MatchingCancelled");
    assertThat(steps).containsExactly("proposed vetoed=null fixed=null");
    assertThat(mails).containsExactly("matching-review to coordinators");
  }

  @Test
  void coordinatorsAreRemindedAfterThreeDaysAndTheProposalStaysOpen() {
    ProcessInstance matching = start();
    execute(job());
    assertThat(matching).isWaitingAt("Task_ReviewMatchingProposal");
    ClockUtil.setCurrentTime(java.util.Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(3)).plusSeconds(60)));
    execute(job("Timer_ReviewReminder"));
    execute(job("Task_RemindCoordinators"));
    assertThat(matching).hasPassed("EndEvent_CoordinatorsReminded").isWaitingAt("Task_ReviewMatchingProposal");
    assertThat(mails).containsExactly("matching-review to coordinators",
        "matching-review-reminder to coordinators about Task_ReviewMatchingProposal");
  }

  @Test
  void badReviewInputIsRefusedNamingTheFieldAndTheTaskStaysAsItWas() {
    ProcessInstance matching = start();
    execute(job());
    String taskId = task().getId();
    assertRefused(taskId, Map.of(MATCHING_DECISION.name(), "approve", VETOES.name(), "2"), "vetoes: applies only with Recompute");
    assertRefused(taskId, Map.of(MATCHING_DECISION.name(), "cancel", FIXES.name(), "a@example.com + b@example.com"),
        "fixes: applies only with Recompute");
    assertRefused(taskId, Map.of(MATCHING_DECISION.name(), "maybe"), "matchingDecision: must be one of approve, recompute, cancel");
    assertRefused(taskId, Map.of(MATCHING_DECISION.name(), "recompute", VETOES.name(), "7"), "vetoes: there is no proposed pair 7");
    assertRefused(taskId, Map.of(MATCHING_DECISION.name(), "recompute", VETOES.name(), "two"), "vetoes: 'two' is not a proposal number");
    assertRefused(taskId, Map.of(MATCHING_DECISION.name(), "recompute", FIXES.name(), "zoe@example.com + ines@example.com"),
        "fixes: line 1: zoe@example.com is not a qualified mentor with a free place");
    assertRefused(taskId, Map.of(MATCHING_DECISION.name(), "recompute", FIXES.name(), "lena@example.com"),
        "fixes: line 1 must name two email addresses");
    assertThat(matching).isWaitingAt("Task_ReviewMatchingProposal").variables()
        .doesNotContainKeys(VETOED_PAIRS.name(), FIXED_PAIRS.name(), MATCHING_DECISION.name());
  }

  private void assertRefused(String taskId, Map<String, Object> input, String message) {
    assertThatThrownBy(() -> taskService().complete(taskId, input))
        .hasRootCauseInstanceOf(RejectedInputException.class)
        .hasMessageContaining(message);
  }

  private ProcessInstance start() {
    ProcessInstance matching = runtimeService().startProcessInstanceByKey(PROCESS_KEY,
        Map.of(COHORT_NAME.name(), "Spring 2027", TANDEM_START_DATE.name(), "2027-03-01"));
    assertThat(matching).isStarted();
    return matching;
  }

  /** Stands in for {@code taskMail}: notes the template and recipient the model names. */
  public class TaskMailDouble implements TaskListener {
    public Expression template;
    public Expression recipient;

    @Override
    public void notify(DelegateTask task) {
      mails.add(template.getValue(task) + " to " + recipient.getValue(task));
    }
  }

  /** Stands in for {@code processMail}: notes the template, recipient and open task the model names. */
  public class MailDouble implements JavaDelegate {
    public Expression template;
    public Expression recipient;
    public Expression openTaskKey;

    @Override
    public void execute(DelegateExecution execution) {
      mails.add(template.getValue(execution) + " to " + recipient.getValue(execution)
          + (openTaskKey == null ? "" : " about " + openTaskKey.getValue(execution)));
      openTaskKey = null; // one instance serves every send task: the next one injects its own fields
    }
  }

  private static MatchingPool.Person person(long id, String email) {
    return new MatchingPool.Person(id, email, email, null, "IT", "Munich");
  }
}
