package org.reversementoring.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reversementoring.academy.AcademyVariables.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
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

@Deployment(resources = {"academy-qualification.bpmn", "plan-academy-cohort.bpmn"})
class AcademyQualificationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0).build();

  ProcessEngine processEngine;

  private final Instant start = Instant.parse("2026-12-01T08:00:00Z");
  private final AcademyProcessDoubles doubles = new AcademyProcessDoubles(start);

  @BeforeEach
  void setUp() {
    init(processEngine);
    ClockUtil.setCurrentTime(Date.from(start));
    doubles.register();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    reset();
  }

  @Test
  void mentorPassesEveryModuleFirstTime() {
    doubles.seats.add(11L);
    doubles.evaluations.add(new Object[] {"ALL_PASSED", false});
    ProcessInstance qualification = qualify();
    execute(job("Task_SendInvitation"));

    attendAllModules(qualification, true);

    assertThat(qualification).isWaitingAt("Task_SendCertificate");
    execute(job());
    assertThat(qualification).isEnded().hasPassed("EndEvent_Qualified");
    assertThat(doubles.verdicts).containsExactly("QUALIFIED");
    assertThat(doubles.mails).containsExactly("academy-invitation",
        "academy-module-reminder:mentoring-basics", "academy-module-reminder:teaching-adults",
        "academy-module-reminder:communication-feedback", "academy-qualified");
    assertThat(doubles.results).containsExactly("mentoring-basics:true", "teaching-adults:true",
        "communication-feedback:true");
  }

  @Test
  void remindersComeTwoDaysBeforeEachModuleAndTheResultTaskAfterIt() {
    doubles.seats.add(11L);
    ProcessInstance qualification = qualify();
    execute(job("Task_SendInvitation"));
    assertThat(qualification).isWaitingAt("Timer_TwoDaysBefore");
    assertThat(dueTimers()).isZero();

    moveClockTo(doubles.moduleStart(0).minus(Duration.ofDays(2)).plusSeconds(1));
    assertThat(dueTimers()).isEqualTo(1);
    execute(job("Timer_TwoDaysBefore"));
    execute(job("Task_RemindOfModule"));
    assertThat(doubles.mails).last().isEqualTo("academy-module-reminder:mentoring-basics");
    assertThat(qualification).isWaitingAt("Timer_ModuleHeld");
    assertThat(dueTimers()).as("the module has not been held yet").isZero();

    moveClockTo(doubles.moduleStart(0).plus(Duration.ofHours(3)).plusSeconds(1));
    execute(job("Timer_ModuleHeld"));
    assertThat(task()).hasName("Record module result").hasCandidateGroup("academy-trainers");
    assertThat(taskService().getVariable(task().getId(), MODULE_KEY.name())).isEqualTo("mentoring-basics");
  }

  @Test
  void eachModulesResultTaskStartsEmptyAndTheAnswersStayOutOfTheProcess() {
    doubles.seats.add(11L);
    doubles.evaluations.add(new Object[] {"ALL_PASSED", false});
    ProcessInstance qualification = qualify();
    execute(job("Task_SendInvitation"));

    for (int i = 0; i < doubles.modules.size(); i++) {
      Task result = resultTaskOfModule(qualification, i);
      Map<String, Object> shown = taskService().getVariables(result.getId());
      assertThat(Arrays.asList(shown.get(ATTENDED.name()), shown.get(PASSED.name()), shown.get(TRAINER_REMARK.name())))
          .as("module %d starts empty", i).containsOnlyNulls();
      complete(result, withVariables(ATTENDED.name(), i != 1, PASSED.name(), i == 0, TRAINER_REMARK.name(), "Remark on module " + i));
      assertThat(runtimeService().getVariables(qualification.getId()))
          .as("the process keeps no answer of module %d", i)
          .doesNotContainKeys(ATTENDED.name(), PASSED.name(), TRAINER_REMARK.name());
    }
    assertThat(doubles.results).containsExactly("mentoring-basics:true", "teaching-adults:false",
        "communication-feedback:false");
  }

  @Test
  void failedModuleIsRetakenInALaterCohortAndPassed() {
    doubles.seats.add(11L);
    doubles.seats.add(12L);
    doubles.evaluations.add(new Object[] {"SOME_FAILED", true});
    doubles.evaluations.add(new Object[] {"ALL_PASSED", false});
    ProcessInstance qualification = qualify();
    execute(job("Task_SendInvitation"));
    attendAllModules(qualification, false);

    assertThat(qualification).isWaitingAt("Task_SendInvitation").variables().containsEntry(ENROLLMENT_ID.name(), 12L);
    execute(job("Task_SendInvitation"));
    attendAllModules(qualification, true);
    execute(job());
    assertThat(qualification).isEnded().hasPassed("EndEvent_Qualified");
  }

  @Test
  void failingAgainAfterTheRetakesEndsNotQualified() {
    doubles.seats.add(11L);
    doubles.evaluations.add(new Object[] {"SOME_FAILED", false});
    ProcessInstance qualification = qualify();
    execute(job("Task_SendInvitation"));
    attendAllModules(qualification, false);

    assertThat(qualification).isWaitingAt("Task_TellNotQualified");
    execute(job());
    assertThat(qualification).isEnded().hasPassed("EndEvent_NotQualified");
    assertThat(doubles.verdicts).containsExactly("NOT_QUALIFIED");
    assertThat(doubles.mails).last().isEqualTo("academy-not-qualified");
  }

  @Test
  void withoutAFreeSeatCoordinatorsPlanACohortAndTheMentorIsEnrolledThen() {
    ProcessInstance qualification = qualify();
    assertThat(qualification).isWaitingAt("Task_PlanCohort");
    execute(job("Task_PlanCohort"));
    assertThat(task()).hasName("Plan a new Academy cohort").hasCandidateGroup("coordinators")
        .hasCandidateGroup("program-organizers");
    assertThat(doubles.mails).containsExactly("academy-cohort-needed");

    doubles.seats.add(21L);
    ProcessInstance plan = runtimeService().startProcessInstanceByKey(PLAN_PROCESS_KEY, Map.of(COHORT_NAME.name(), "Spring 2027"));
    execute(job("Task_AnnounceCohort", plan));
    assertThat(plan).isEnded().hasPassed("EndEvent_CohortOpen");

    assertThat(qualification).isWaitingAt("Task_SendInvitation").variables().containsEntry(ENROLLMENT_ID.name(), 21L);
    assertThat(taskQuery().taskDefinitionKey("Task_PlanCohort").count()).isZero();
  }

  @Test
  void coordinatorWhoPlannedByHandLetsTheMentorTryAgain() {
    ProcessInstance qualification = qualify();
    execute(job("Task_PlanCohort"));
    doubles.seats.add(31L);
    complete(task());
    assertThat(qualification).isWaitingAt("Task_SendInvitation").variables().containsEntry(ENROLLMENT_ID.name(), 31L);
  }

  private ProcessInstance qualify() {
    ProcessInstance qualification = runtimeService().startProcessInstanceByKey(PROCESS_KEY, "RMA-2026-0001",
        Map.of(APPLICATION_ID.name(), 1L));
    assertThat(qualification).isStarted();
    return qualification;
  }

  private void attendAllModules(ProcessInstance qualification, boolean pass) {
    for (int i = 0; i < doubles.modules.size(); i++) {
      complete(resultTaskOfModule(qualification, i),
          withVariables(ATTENDED.name(), true, PASSED.name(), pass || i > 0, TRAINER_REMARK.name(), "Good questions"));
    }
  }

  /** Reminds of module {@code index}, lets it be held and returns the trainer's task. */
  private Task resultTaskOfModule(ProcessInstance qualification, int index) {
    moveClockTo(doubles.moduleStart(index).minus(Duration.ofDays(2)).plusSeconds(1));
    execute(job("Timer_TwoDaysBefore", qualification));
    execute(job("Task_RemindOfModule", qualification));
    moveClockTo(doubles.moduleStart(index).plus(Duration.ofHours(3)).plusSeconds(1));
    execute(job("Timer_ModuleHeld", qualification));
    return task("Task_RecordModuleResult", qualification);
  }

  private void moveClockTo(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  private long dueTimers() {
    return managementService().createJobQuery().timers().executable().count();
  }
}
