package org.reversementoring.matching;

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
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.common.RejectedInputException;

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
      steps.add("proposed vetoed=" + execution.getVariable(VETOED_PAIRS) + " fixed=" + execution.getVariable(FIXED_PAIRS));
      execution.setProcessBusinessKey("Spring 2027");
      execution.setVariable(PROPOSAL, ProposalVariable.of(PROPOSAL_OF_TWO));
      execution.setVariable(PROPOSAL_SUMMARY, "1. Lena + Marc\n2. Zoe + Ines");
      execution.setVariable(PROPOSED_COUNT, 2);
      execution.setVariable(UNMATCHED_MENTEE_COUNT, 0);
    });
    MatchingRound round = mock(MatchingRound.class);
    when(round.pool()).thenReturn(new MatchingPool(List.of(), List.of(),
        Map.of(1L, person(1, "lena@example.com")), Map.of(11L, person(11, "ines@example.com"))));
    Mocks.register("reviewMatchingProposal", new ReviewProposalListener(round));
    Mocks.register("matchingTaskMail", (TaskListener) task -> mails.add("matching-review"));
    Mocks.register("remindMatchingReview", (JavaDelegate) execution -> mails.add("matching-review-reminder"));
    Mocks.register("formTandems", (JavaDelegate) execution -> steps.add("formed"));
    Mocks.register("tellExecutivesMatchingOutcome", (JavaDelegate) execution -> mails.add("outcome"));
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

    complete(task(), withVariables(MATCHING_DECISION, "approve"));
    assertThat(steps).containsExactly("proposed vetoed=null fixed=null", "formed");
    execute(job("Task_TellExecutives"));
    assertThat(matching).isEnded().hasPassed("EndEvent_TandemsFormed");
    assertThat(mails).containsExactly("matching-review", "outcome");
  }

  @Test
  void vetoesAndFixedPairsAreKeptAcrossRecomputations() {
    ProcessInstance matching = start();
    execute(job());
    complete(task(), withVariables(MATCHING_DECISION, "recompute", VETOES, "2", FIXES, "lena@example.com + ines@example.com"));
    execute(job("Task_ReviewMatchingProposal"));
    complete(task(), withVariables(MATCHING_DECISION, "recompute", VETOES, "1"));
    execute(job("Task_ReviewMatchingProposal"));
    assertThat(matching).variables().containsEntry(VETOED_PAIRS, "1:10,2:11").containsEntry(FIXED_PAIRS, "1:11");

    complete(task(), withVariables(MATCHING_DECISION, "approve"));
    execute(job());
    assertThat(matching).isEnded().hasPassed("Gateway_ProposalRound", "EndEvent_TandemsFormed");
    assertThat(steps).containsExactly("proposed vetoed=null fixed=null", "proposed vetoed=2:11 fixed=1:11",
        "proposed vetoed=1:10,2:11 fixed=1:11", "formed");
    assertThat(mails).containsExactly("matching-review", "matching-review", "matching-review", "outcome");
  }

  @Test
  void aNewVetoLiftsAFixOfTheSamePair() {
    ProcessInstance matching = start();
    execute(job());
    complete(task(), withVariables(MATCHING_DECISION, "recompute", FIXES, "lena@example.com ines@example.com"));
    execute(job());
    complete(task(), withVariables(MATCHING_DECISION, "recompute", VETOES, "1"));
    execute(job());
    assertThat(matching).variables().containsEntry(VETOED_PAIRS, "1:10").containsEntry(FIXED_PAIRS, "1:11");
  }

  @Test
  void cancelledMatchingFormsNothingAndTellsNobody() {
    ProcessInstance matching = start();
    execute(job());
    complete(task(), withVariables(MATCHING_DECISION, "cancel"));
    assertThat(matching).isEnded().hasPassed("EndEvent_MatchingCancelled");
    assertThat(steps).containsExactly("proposed vetoed=null fixed=null");
    assertThat(mails).containsExactly("matching-review");
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
    assertThat(mails).containsExactly("matching-review", "matching-review-reminder");
  }

  @Test
  void badReviewInputIsRefusedNamingTheFieldAndTheTaskStaysAsItWas() {
    ProcessInstance matching = start();
    execute(job());
    String taskId = task().getId();
    assertRefused(taskId, Map.of(MATCHING_DECISION, "approve", VETOES, "2"), "vetoes: applies only with Recompute");
    assertRefused(taskId, Map.of(MATCHING_DECISION, "cancel", FIXES, "a@example.com + b@example.com"),
        "fixes: applies only with Recompute");
    assertRefused(taskId, Map.of(MATCHING_DECISION, "maybe"), "matchingDecision: must be one of approve, recompute, cancel");
    assertRefused(taskId, Map.of(MATCHING_DECISION, "recompute", VETOES, "7"), "vetoes: there is no proposed pair 7");
    assertRefused(taskId, Map.of(MATCHING_DECISION, "recompute", VETOES, "two"), "vetoes: 'two' is not a proposal number");
    assertRefused(taskId, Map.of(MATCHING_DECISION, "recompute", FIXES, "zoe@example.com + ines@example.com"),
        "fixes: line 1: zoe@example.com is not a qualified mentor with a free place");
    assertRefused(taskId, Map.of(MATCHING_DECISION, "recompute", FIXES, "lena@example.com"),
        "fixes: line 1 must name two email addresses");
    assertThat(matching).isWaitingAt("Task_ReviewMatchingProposal").variables()
        .doesNotContainKeys(VETOED_PAIRS, FIXED_PAIRS, MATCHING_DECISION);
  }

  private void assertRefused(String taskId, Map<String, Object> input, String message) {
    assertThatThrownBy(() -> taskService().complete(taskId, input))
        .hasRootCauseInstanceOf(RejectedInputException.class)
        .hasMessageContaining(message);
  }

  private ProcessInstance start() {
    ProcessInstance matching = runtimeService().startProcessInstanceByKey(PROCESS_KEY,
        Map.of(COHORT_NAME, "Spring 2027", TANDEM_START_DATE, "2027-03-01"));
    assertThat(matching).isStarted();
    return matching;
  }

  private static MatchingPool.Person person(long id, String email) {
    return new MatchingPool.Person(id, email, email, null, "IT", "Munich");
  }
}
