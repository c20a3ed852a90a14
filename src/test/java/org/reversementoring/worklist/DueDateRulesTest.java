package org.reversementoring.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.reversementoring.worklist.DueDateRules.DueDateRule;

/** The program's due-date rules against every user task of every model in processes/. */
class DueDateRulesTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Pattern RULE_IN_MODEL = Pattern.compile("\\$\\{dueDates\\.(due|reminder)\\('([^']+)'\\)}");

  /** What the program office agreed, in days: due, reminder (0 = none), escalated after the due date. */
  private static final Map<String, List<Integer>> AGREED = Map.ofEntries(
      Map.entry("Task_GiveSupervisorConsent", List.of(10, 5, 0)),
      Map.entry("Task_ChaseSupervisorConsent", List.of(3, 0, 2)),
      Map.entry("Task_ReviewApplication", List.of(5, 0, 2)),
      Map.entry("Task_RecordInterviewResult", List.of(14, 0, 3)),
      Map.entry("Task_ConfirmEnrollment", List.of(5, 0, 2)),
      Map.entry("Task_PlanCohort", List.of(7, 0, 3)),
      Map.entry("Task_RecordModuleResult", List.of(3, 0, 2)),
      Map.entry("Task_ReviewMatchingProposal", List.of(5, 3, 2)),
      Map.entry("Task_AgreeKickoffDate", List.of(4, 2, 2)),
      Map.entry("Task_ReplanSession", List.of(4, 2, 2)),
      Map.entry("Task_ChaseSessionLog", List.of(7, 0, 0)),
      Map.entry("Task_ChaseMissingFeedback", List.of(3, 0, 0)),
      Map.entry("Task_FollowUpWithTandem", List.of(5, 0, 2)),
      Map.entry("Task_MidProgramCheckIn", List.of(14, 0, 7)),
      Map.entry("Task_ClarifyEarlyEnding", List.of(3, 0, 2)),
      Map.entry("Task_FollowUpMissingFeedback", List.of(5, 0, 2)),
      Map.entry("Task_ExtendOrClose", List.of(7, 0, 3)));

  private final DueDateRules rules = new DueDateRules();

  @Test
  void everyTaskOfTheProgramOfficeAndItsHelpersIsDueAndNoParticipantsTask() throws IOException {
    List<String> staff = new ArrayList<>();
    for (UserTask task : userTasks()) {
      List<String> groups = task.getCamundaCandidateGroupsList();
      boolean staffTask = groups.stream().anyMatch(DueDateRules.STAFF_GROUPS::contains)
          || "${supervisorUserId}".equals(task.getCamundaAssignee());
      assertThat(rules.ruleFor(task.getId(), groups).isPresent()).as(task.getId() + " (" + task.getName() + ") is due")
          .isEqualTo(staffTask);
      if (staffTask) {
        staff.add(task.getId());
      }
    }
    assertThat(staff).as("the staff tasks of the models").isNotEmpty().containsAll(rules.listedTasks());
  }

  @Test
  void eachListedTaskHasTheAgreedPeriods() {
    assertThat(rules.listedTasks()).containsExactlyInAnyOrderElementsOf(AGREED.keySet());
    AGREED.forEach((task, days) -> {
      DueDateRule rule = rules.ruleFor(task, List.of()).orElseThrow();
      assertThat(rule.due()).as(task).isEqualTo(Period.ofDays(days.get(0)));
      assertThat(rule.reminder()).as(task).isEqualTo(days.get(1) == 0 ? null : Period.ofDays(days.get(1)));
      assertThat(rule.escalation()).as(task).isEqualTo(Period.ofDays(days.get(2)));
    });
  }

  @Test
  void aNewTaskOfAStaffGroupGetsTheDefaultAndAParticipantsNone() {
    assertThat(rules.ruleFor("Task_OrganizeSomething", List.of("program-organizers"))).contains(DueDateRules.DEFAULT);
    assertThat(DueDateRules.DEFAULT.due()).isEqualTo(Period.ofDays(5));
    assertThat(rules.ruleFor("Task_LogSession", List.of())).isEmpty();
    assertThat(rules.ruleFor("Task_Something", List.of("mentors"))).isEmpty();
  }

  @Test
  void theModelsTimersReadTheirPeriodsFromTheRules() throws IOException {
    List<String> used = new ArrayList<>();
    for (Path model : models()) {
      Matcher timer = RULE_IN_MODEL.matcher(Files.readString(model));
      while (timer.find()) {
        String period = timer.group(1).equals("due") ? rules.due(timer.group(2)) : rules.reminder(timer.group(2));
        assertThat(Period.parse(period)).as(timer.group()).isPositive();
        used.add(timer.group());
      }
    }
    assertThat(used).contains("${dueDates.reminder('Task_GiveSupervisorConsent')}",
        "${dueDates.due('Task_GiveSupervisorConsent')}", "${dueDates.reminder('Task_ReviewMatchingProposal')}",
        "${dueDates.reminder('Task_AgreeKickoffDate')}", "${dueDates.reminder('Task_ReplanSession')}",
        "${dueDates.due('Task_ChaseSessionLog')}", "${dueDates.due('Task_ChaseMissingFeedback')}");
    assertThat(rules.reminder("Task_GiveSupervisorConsent")).isEqualTo("P5D");
    assertThat(rules.due("Task_GiveSupervisorConsent")).isEqualTo("P10D");
    assertThatThrownBy(() -> rules.reminder("Task_ReviewApplication")).hasMessageContaining("no reminder");
    assertThatThrownBy(() -> rules.due("Task_Unknown")).hasMessageContaining("Task_Unknown");
  }

  @Test
  void daysAreTheProgramsDaysAcrossSummerTime() {
    DueDateRule consent = rules.ruleFor("Task_GiveSupervisorConsent", List.of()).orElseThrow();
    Instant created = LocalDateTime.of(2026, 3, 25, 10, 0).atZone(BERLIN).toInstant();
    Instant due = consent.dueAt(created, BERLIN);
    assertThat(due).isEqualTo(LocalDateTime.of(2026, 4, 4, 10, 0).atZone(BERLIN).toInstant());
    assertThat(consent.escalatesAt(due, BERLIN)).isEqualTo(due);
    DueDateRule review = rules.ruleFor("Task_ReviewApplication", List.of()).orElseThrow();
    assertThat(review.escalatesAt(due, BERLIN)).isEqualTo(LocalDateTime.of(2026, 4, 6, 10, 0).atZone(BERLIN).toInstant());
  }

  private static List<UserTask> userTasks() throws IOException {
    List<UserTask> tasks = new ArrayList<>();
    for (Path model : models()) {
      tasks.addAll(Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class));
    }
    return tasks;
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}
