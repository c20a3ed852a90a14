package org.reversementoring.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reversementoring.support.TasklistFilterReader.variable;
import static org.reversementoring.recruitment.RecruitmentVariables.DEPARTMENT;
import static org.reversementoring.recruitment.RecruitmentVariables.EMAIL;
import static org.reversementoring.recruitment.RecruitmentVariables.FIRST_NAME;
import static org.reversementoring.recruitment.RecruitmentVariables.LAST_NAME;
import static org.reversementoring.recruitment.RecruitmentVariables.REVIEW_DECISION;
import static org.reversementoring.recruitment.RecruitmentVariables.SUPERVISOR_DECISION;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.identity.DemoUser;
import org.reversementoring.identity.ParticipantDirectory;
import org.reversementoring.privacy.PersonalDataErasure;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.identity.TasklistFilters;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.TasklistFilterReader;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A coordinator's task list on the real app, read over REST as Tasklist reads it: every entry
 * carries its case number and label and a due date from the program's rules; the filters select
 * by area and overdue, sorted by due date; the label never reaches the engine's history.
 */
@AppTest
class TaskListEntriesTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired ParticipantDirectory participants;
  @Autowired ApplicationService applications;
  @Autowired PersonalDataErasure erasure;
  private TasklistFilterReader filters;

  @BeforeEach
  void readFiltersAsTasklist() {
    filters = new TasklistFilterReader(http);
  }

  @Test
  void everyEntrySaysWhoseCaseItIsAndWhenItIsDue() {
    ClockUtil.setCurrentTime(new Date());
    String number = apply("Lea", "Brandt", "Aftersales");
    Task consent = openTask(number);
    assertThat(tasks.getVariablesLocal(consent.getId())).containsEntry("caseNumber", number)
        .containsEntry("caseLabel", "Lea Brandt · Aftersales · Connected car apps, AI tools");
    assertThat(consent.getDueDate()).as("consent: 10 days").isEqualTo(daysAfter(consent.getCreateTime(), 10));

    complete(number, Map.of(SUPERVISOR_DECISION.name(), "consent"));
    Task review = openTask(number);
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewApplication");
    assertThat(review.getDueDate()).as("review: 5 days").isEqualTo(daysAfter(review.getCreateTime(), 5));
    assertThat(tasks.getVariablesLocal(review.getId())).containsEntry("caseNumber", number)
        .containsEntry("caseLabel", "Lea Brandt · Aftersales · Connected car apps, AI tools");

    complete(number, Map.of(REVIEW_DECISION.name(), "interview"));
    assertThat(openTask(number).getDueDate()).as("interview result: 14 days")
        .isEqualTo(daysAfter(openTask(number).getCreateTime(), 14));
  }

  @Test
  void theLabelStaysOutOfTheEnginesHistory() {
    String number = apply("Mira", "Okafor", "Logistics");
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    complete(number, Map.of(SUPERVISOR_DECISION.name(), "consent"));

    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("caseLabel")
        .count()).isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
        .noneMatch(detail -> detail.toString().contains("Okafor"));
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("caseNumber")
        .list()).extracting(variable -> variable.getValue()).containsOnly(number);
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).list())
        .allSatisfy(task -> assertThat(task.getName() + task.getDescription()).doesNotContain("Okafor"));
  }

  @Test
  void anErasedPersonsNameIsOnNoOpenTaskAndNowhereInTheEnginesHistory() {
    String number = apply("Vera", "Quist", "Assembly");
    complete(number, Map.of(SUPERVISOR_DECISION.name(), "consent"));
    String userId = participants.findByEmail(emailOf(number)).orElseThrow().userId();

    erasure.eraseOnRequest(userId);

    assertThat(runtime.createVariableInstanceQuery().variableName("caseLabel").list())
        .noneMatch(variable -> String.valueOf(variable.getValue()).contains("Quist"));
    assertThat(history.createHistoricVariableInstanceQuery().variableName("caseLabel").count()).isZero();
    assertThat(history.createHistoricDetailQuery().variableUpdates().list())
        .noneMatch(detail -> String.valueOf(((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getValue())
            .contains("Quist"));
  }

  @Test
  void eachFilterListsItsAreaWithCaseColumnsSortedByDueDate() {
    Instant now = Instant.now();
    ClockUtil.setCurrentTime(Date.from(now));
    String later = apply("Jonas", "Keller", "Paint shop");
    complete(later, Map.of(SUPERVISOR_DECISION.name(), "consent"));
    ClockUtil.setCurrentTime(Date.from(now.minus(Duration.ofDays(2))));
    String sooner = apply("Anna", "Roth", "Press shop");
    complete(sooner, Map.of(SUPERVISOR_DECISION.name(), "consent"));
    ClockUtil.setCurrentTime(Date.from(now.minus(Duration.ofDays(1))));
    String enrollment = enrol();
    ClockUtil.setCurrentTime(Date.from(now));
    List<String> ours = List.of(later, sooner, enrollment);

    List<Map<String, Object>> applications = filters.list(DemoUser.CARLA, TasklistFilters.APPLICATIONS, ours);
    assertThat(applications).extracting(entry -> variable(entry, "caseNumber"))
        .as("soonest due first").containsExactly(sooner, enrollment, later);
    assertThat(applications).extracting(entry -> variable(entry, "caseLabel"))
        .contains("Anna Roth · Press shop · Connected car apps, AI tools");
    assertThat(filters.count(DemoUser.CARLA, TasklistFilters.APPLICATIONS, ours)).isEqualTo(3);
    for (String other : List.of(TasklistFilters.ACADEMY, TasklistFilters.MATCHING, TasklistFilters.TANDEMS,
        TasklistFilters.OVERDUE)) {
      assertThat(filters.count(DemoUser.CARLA, other, ours)).as(other).isZero();
    }

    ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofDays(3)).plus(Duration.ofHours(12))));
    assertThat(filters.list(DemoUser.CARLA, TasklistFilters.OVERDUE, ours)).extracting(entry -> variable(entry, "caseNumber"))
        .as("due after 5 days: only the review made two days earlier").containsExactly(sooner);
    assertThat(filters.count(DemoUser.PAULA, TasklistFilters.OVERDUE, ours)).as("not one of the organizers' tasks").isZero();
  }

  @Test
  void supervisorsAndOrganizersSeeTheCaseColumnsOfTheTasksTheyWork() {
    String number = apply("Ole", "Sommer", "Quality");
    String label = "Ole Sommer · Quality · Connected car apps, AI tools";
    assertThat(filters.list(DemoUser.SVEN, TasklistFilters.MY_TASKS, List.of(number))).singleElement().satisfies(entry -> {
      assertThat(variable(entry, "caseNumber")).isEqualTo(number);
      assertThat(variable(entry, "caseLabel")).isEqualTo(label);
      assertThat(entry.get("due")).isNotNull();
    });
    assertThat(filters.count(DemoUser.PAULA, TasklistFilters.APPLICATIONS, List.of(number)))
        .as("the consent is the supervisor's, not the organizers'").isZero();

    complete(number, Map.of(SUPERVISOR_DECISION.name(), "consent"));
    complete(number, Map.of(REVIEW_DECISION.name(), "interview"));
    assertThat(filters.list(DemoUser.PAULA, TasklistFilters.APPLICATIONS, List.of(number))).singleElement()
        .satisfies(entry -> {
          assertThat(entry.get("name")).isEqualTo("Record interview result");
          assertThat(variable(entry, "caseLabel")).isEqualTo(label);
        });
  }

  private String apply(String firstName, String lastName, String department) {
    Map<String, Object> form = ApplicationFixtures.application(firstName.toLowerCase() + "." + UUID.randomUUID()
        + "@example.com");
    FIRST_NAME.putIn(form, firstName);
    LAST_NAME.putIn(form, lastName);
    DEPARTMENT.putIn(form, department);
    String number = runtime.startProcessInstanceByKey("mentor-recruitment", form).getBusinessKey();
    Jobs.runDue(management);
    return number;
  }

  private String emailOf(String applicationNumber) {
    return applications.findByNumber(applicationNumber).orElseThrow().getMentor().getEmail();
  }

  private String enrol() {
    String number = runtime.startProcessInstanceByKey("mentee-enrollment",
        EnrollmentFixtures.enrollment("exec." + UUID.randomUUID() + "@example.com")).getBusinessKey();
    Jobs.runDue(management);
    return number;
  }

  private Task openTask(String businessKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
  }

  private void complete(String businessKey, Map<String, Object> variables) {
    tasks.complete(openTask(businessKey).getId(), variables);
    Jobs.runDue(management);
  }

  private static Date daysAfter(Date created, int days) {
    return Date.from(ZonedDateTime.ofInstant(created.toInstant(), BERLIN).plusDays(days).toInstant());
  }
}
