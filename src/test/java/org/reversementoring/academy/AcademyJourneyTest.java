package org.reversementoring.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reversementoring.support.TasklistFilterReader.variable;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reversementoring.academy.AcademyVariables.*;
import static org.reversementoring.recruitment.RecruitmentVariables.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.academy.AcademyVariables;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.content.ModuleEditing;
import org.reversementoring.content.ModuleInput;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.MentorStatus;
import org.reversementoring.recruitment.process.WithdrawalService;
import org.reversementoring.identity.DemoUser;
import org.reversementoring.identity.TasklistFilters;
import org.reversementoring.support.TasklistFilterReader;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.Mails;
import org.reversementoring.support.RestVariables;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Recruitment into the Academy and through it, on the real app with mails read from SMTP. */
@AppTest
class AcademyJourneyTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  private static final String CERTIFICATE = "qualification-certificate.pdf";
  /** The program's zone: the plan's local times are meant there. */
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ApplicationService applications;
  @Autowired SeatAllocation seats;
  @Autowired CohortPlanning cohorts;
  @Autowired WithdrawalService withdrawals;
  @Autowired ModuleResults results;
  @Autowired AcademyCohortRepository allCohorts;
  @Autowired ModuleEditing moduleEditing;
  @Autowired JdbcTemplate jdbc;

  /**
   * Each test in a time of its own, a day after the first module of every cohort planned so far
   * (other tests share this app): a selected apprentice takes a seat in the earliest cohort
   * still ahead, and only the test's own cohort is.
   */
  @BeforeEach
  void afterEveryPlannedCohort() {
    Instant latest = allCohorts.findAll().stream().map(AcademyCohort::getStartsAt)
        .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    moveClockTo(Collections.max(List.of(Instant.now(), latest)).plus(Duration.ofDays(1)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void selectedApprenticeIsInvitedRemindedAssessedAndCertified() throws Exception {
    Instant firstModule = planCohort("Academy spring 2027", 2);
    String number = applyAndGetSelected("zoe.academy@example.com");

    MimeMessage invitation = mailsTo("zoe.academy@example.com").stream()
        .filter(m -> Mails.subject(m).startsWith("Your Academy qualification")).findFirst().orElseThrow();
    assertThat(Mails.text(invitation)).contains("Mentoring basics: ").contains("Communication and feedback: ");
    Calendar ics = Mails.calendar(invitation);
    assertThat(ics.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
    List<VEvent> events = ics.getComponents("VEVENT");
    assertThat(events).hasSize(3);
    assertThat(events.get(0).getProperty("UID").orElseThrow().getValue()).matches("academy-\\d+-mentoring-basics@reverse-mentoring");
    assertThat(Instant.parse(events.get(0).getProperty("DTSTART").orElseThrow().getValue()
        .replaceAll("(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z", "$1-$2-$3T$4:$5:$6Z"))).isEqualTo(firstModule);
    assertThat(mailsTo("sven.vogel@example.com")).as("in German, the language Sven chose").anySatisfy(copy -> {
      assertThat(Mails.subject(copy)).startsWith("Akademie-Termine von Zoë");
      assertThat(Mails.calendar(copy).getComponents("VEVENT")).hasSize(3);
    });

    for (int module = 0; module < 3; module++) {
      remindOfModule(firstModule, module);
      assertThat(mailsTo("zoe.academy@example.com")).extracting(Mails::subject)
          .filteredOn(s -> s.startsWith("Reminder: Academy module")).hasSize(module + 1);
      Task result = holdModule(number, firstModule, module);
      assertThat(tasks.getVariable(result.getId(), MENTOR_NAME.name())).isEqualTo("Zoë Łukasiewicz-Müller");
      assertThat(tasks.getVariable(result.getId(), MODULE_NAME.name())).isNotEqualTo(tasks.getVariable(result.getId(), MODULE_KEY.name()));
      tasks.complete(result.getId(), Map.of(ATTENDED.name(), true, PASSED.name(), true, TRAINER_REMARK.name(), "Asked good questions"));
      Jobs.runDue(management);
    }

    assertThat(applications.findByNumber(number).orElseThrow().getMentor().getStatus()).isEqualTo(MentorStatus.QUALIFIED);
    MimeMessage certificate = mailsTo("zoe.academy@example.com").stream()
        .filter(m -> Mails.subject(m).equals("You are a qualified reverse mentor")).findFirst().orElseThrow();
    try (var pdf = Loader.loadPDF(Mails.attachment(certificate, CERTIFICATE))) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("Zoë Łukasiewicz-Müller").contains("Mentoring basics");
    }
    assertThat(mailsTo("carla.becker@example.com")).extracting(Mails::subject)
        .contains("Zoë Łukasiewicz-Müller is a qualified reverse mentor (" + number + ")");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isZero();

    // the supervisor files the certificate in the training record (his copy in German); the coordinators keep it too
    byte[] mentorsCertificate = Mails.attachment(certificate, CERTIFICATE);
    Map<String, String> copies = Map.of(
        "sven.vogel@example.com", "Zoë Łukasiewicz-Müller ist qualifizierter Reverse Mentor (" + number + ")",
        "carla.becker@example.com", "Zoë Łukasiewicz-Müller is a qualified reverse mentor (" + number + ")");
    for (Map.Entry<String, String> reader : copies.entrySet()) {
      MimeMessage copy = Mails.single(mailsTo(reader.getKey()), reader.getValue());
      assertThat(Mails.attachmentType(copy, CERTIFICATE)).as(reader.getKey()).startsWith("application/pdf");
      assertThat(Mails.attachment(copy, CERTIFICATE)).as(reader.getKey()).isEqualTo(mentorsCertificate);
    }
  }

  @Test
  void eachModulesResultFormStartsEmptyAndTheAnswersStayWithTheirModule() {
    Instant firstModule = planCohort("Academy autumn 2027", 1);
    String number = applyAndGetSelected("zoe.results@example.com");
    String qualification = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey(AcademyVariables.PROCESS_KEY).singleResult().getId();
    List<String> remarks = List.of("Asked good questions", "Needs more practice", "Led the role play");

    for (int module = 0; module < 3; module++) {
      remindOfModule(firstModule, module);
      String taskId = holdModule(number, firstModule, module).getId();
      if (module == 0) {
        theAcademyFilterListsTheResultToRecord(number);
      }
      // what Tasklist loads into the form the trainer sees
      Map<String, Object> form = as("tina").getForObject("/engine-rest/task/" + taskId + "/form-variables", Map.class);
      assertThat(Stream.of(ATTENDED.name(), PASSED.name(), TRAINER_REMARK.name()).map(name -> value(form, name)))
          .as("module %d opens empty", module + 1).containsOnlyNulls();

      ResponseEntity<Map> submitted = as("tina").postForEntity("/engine-rest/task/" + taskId + "/submit-form",
          RestVariables.request(Map.of(MENTOR_NAME.name(), value(form, MENTOR_NAME.name()), MODULE_NAME.name(), value(form, MODULE_NAME.name()),
              ATTENDED.name(), true, PASSED.name(), true, TRAINER_REMARK.name(), remarks.get(module))), Map.class);
      assertThat(submitted.getStatusCode().value()).as(String.valueOf(submitted.getBody())).isEqualTo(204);
      Jobs.runDue(management);
      if (module < 2) {
        assertThat(as("carla").getForObject("/engine-rest/process-instance/" + qualification + "/variables", Map.class))
            .as("the process keeps no answer of module %d", module + 1)
            .doesNotContainKeys(ATTENDED.name(), PASSED.name(), TRAINER_REMARK.name());
      }
    }

    long mentorId = applications.findByNumber(number).orElseThrow().getMentor().getId();
    assertThat(results.resultsOf(seats.enrollmentsOf(mentorId).get(0).getId()))
        .extracting(ModuleResult::getRemark).containsExactlyElementsOf(remarks);
    assertThat(applications.findByNumber(number).orElseThrow().getMentor().getStatus()).isEqualTo(MentorStatus.QUALIFIED);
  }

  @Test
  void withdrawalDuringTheQualificationReleasesTheSeatAndCancelsTheDates() throws Exception {
    planCohort("Academy summer 2027", 1);
    String number = applyAndGetSelected("zoe.withdraws@example.com");
    Enrollment enrollment = seats.currentEnrollment(applications.findByNumber(number).orElseThrow().getMentor().getId()).orElseThrow();
    assertThat(enrollment.getCohort().getFreeSeats()).isZero();
    String uid = Mails.calendar(mailsTo("zoe.withdraws@example.com").stream()
        .filter(m -> Mails.subject(m).startsWith("Your Academy qualification")).findFirst().orElseThrow())
        .getComponents("VEVENT").get(0).getProperty("UID").orElseThrow().getValue();

    String link = Mails.link(mailsTo("zoe.withdraws@example.com").get(0), "/withdraw?token=");
    assertThat(withdrawals.withdraw(link.substring(link.indexOf("token=") + 6))).isEqualTo(WithdrawalService.Outcome.WITHDRAWN);
    Jobs.runDue(management);

    assertThat(cohorts.find(enrollment.getCohort().getId()).getFreeSeats()).as("the seat is free again").isEqualTo(1);
    MimeMessage cancellation = mailsTo("zoe.withdraws@example.com").stream()
        .filter(m -> Mails.subject(m).startsWith("Academy dates cancelled")).findFirst().orElseThrow();
    Calendar cancel = Mails.calendar(cancellation);
    assertThat(cancel.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
    assertThat(cancel.getComponents("VEVENT").get(0).getProperty("UID").orElseThrow().getValue()).isEqualTo(uid);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isZero();
  }

  @Test
  void anOrganizerPlansACohortLikeTheProgramOfficeWithTheModulesTheProgramKeepsNow() {
    moduleEditing.add("paula", new ModuleInput("ai-ethics", "AI ethics", "KI-Ethik", "90"));
    Map<String, Object> plan = plan("Organized by Paula", 4, now().plusDays(30).truncatedTo(ChronoUnit.HOURS).withHour(9));
    String start = "/engine-rest/process-definition/key/" + PLAN_PROCESS_KEY + "/start";
    try {
      ResponseEntity<Map> refused = as("lena").postForEntity(start, RestVariables.request(plan), Map.class);
      assertThat(refused.getStatusCode().value()).as("a mentor does not even see the process").isEqualTo(404);
      assertThat(allCohorts.findByNameIgnoreCase("Organized by Paula")).isEmpty();

      ResponseEntity<Map> started = as("paula").postForEntity(start, RestVariables.request(plan), Map.class);

      assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
      // before it offers seats: the app is shared, no other class's apprentice may take one
      runtime.deleteProcessInstance((String) started.getBody().get("id"), "test done");
      AcademyCohort cohort = allCohorts.findByNameIgnoreCase("Organized by Paula").orElseThrow();
      assertThat(cohort.moduleKeys()).containsExactly("mentoring-basics", "teaching-adults", "communication-feedback",
          "ai-ethics");
      assertThat(Duration.between(cohort.module("ai-ethics").orElseThrow().getStartsAt(),
          cohort.module("ai-ethics").orElseThrow().getEndsAt())).hasMinutes(90);
    } finally {
      jdbc.update("delete from academy_cohort_module where cohort_id in (select id from academy_cohort where name = ?)",
          "Organized by Paula");
      jdbc.update("delete from academy_cohort where name = ?", "Organized by Paula");
      jdbc.update("delete from academy_module where module_key = 'ai-ethics'");
    }
  }

  @Test
  void badCohortPlanIsRefusedAndNothingIsCreated() {
    Map<String, Object> plan = plan("Academy refused", 0, now().plusDays(10));
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(PLAN_PROCESS_KEY).count();
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PLAN_PROCESS_KEY, plan))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("capacity");
    plan.put(CAPACITY.name(), 5);
    plan.put(FIRST_MODULE_START.name(), now().minusDays(1).toString());
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PLAN_PROCESS_KEY, plan))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("firstModuleStart:");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PLAN_PROCESS_KEY).count()).isEqualTo(before);
  }

  private Instant planCohort(String name, int capacity) {
    LocalDateTime first = now().plusDays(20).truncatedTo(ChronoUnit.HOURS).withHour(9);
    runtime.startProcessInstanceByKey(PLAN_PROCESS_KEY, plan(name, capacity, first));
    Jobs.runDue(management);
    return first.atZone(BERLIN).toInstant();
  }

  private static Map<String, Object> plan(String name, int capacity, LocalDateTime first) {
    Map<String, Object> plan = new HashMap<>();
    plan.put(COHORT_NAME.name(), name);
    plan.put(COHORT_LOCATION.name(), "Academy room 3, Wolfsburg");
    plan.put(TRAINER_NAME.name(), "Tina Kramer");
    plan.put(TRAINER_EMAIL.name(), "tina.kramer@example.com");
    plan.put(CAPACITY.name(), capacity);
    plan.put(FIRST_MODULE_START.name(), first.toString());
    plan.put(DAYS_BETWEEN_MODULES.name(), 7);
    return plan;
  }

  private String applyAndGetSelected(String email) {
    Map<String, Object> form = ApplicationFixtures.application(email);
    form.put(LOCATION.name(), "Wolfsburg");
    ProcessInstance instance = runtime.startProcessInstanceByKey(org.reversementoring.recruitment.RecruitmentVariables.PROCESS_KEY, form);
    Jobs.runDue(management);
    complete(instance.getBusinessKey(), Map.of(SUPERVISOR_DECISION.name(), "consent"));
    complete(instance.getBusinessKey(), Map.of(REVIEW_DECISION.name(), "interview"));
    complete(instance.getBusinessKey(), Map.of(INTERVIEW_RESULT.name(), "select", DECISION_REASON.name(), "Great"));
    return instance.getBusinessKey();
  }

  private void complete(String businessKey, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId(), variables);
    Jobs.runDue(management);
  }

  /** The trainer finds the result to record in the Academy filter, by case number and the apprentice's name. */
  private void theAcademyFilterListsTheResultToRecord(String number) {
    TasklistFilterReader filters = new TasklistFilterReader(http);
    String name = applications.findByNumber(number).orElseThrow().getMentor().getFullName();
    for (String filter : List.of(TasklistFilters.ACADEMY, TasklistFilters.MY_GROUP_TASKS)) {
      assertThat(filters.list(DemoUser.TINA, filter, List.of(number))).as(filter).singleElement().satisfies(entry -> {
        assertThat(entry.get("name")).isEqualTo("Record module result");
        assertThat((String) variable(entry, "caseLabel")).startsWith(name + " · ");
        assertThat(entry.get("due")).as("due in 3 days").isNotNull();
      });
    }
    assertThat(filters.count(DemoUser.CARLA, TasklistFilters.ACADEMY, List.of(number))).isEqualTo(1);
    assertThat(filters.count(DemoUser.PAULA, TasklistFilters.ACADEMY, List.of(number)))
        .as("organizers see the Academy filter for the cohorts they plan, not the trainers' results").isZero();
  }

  /** Two days before the module: the reminder goes out. */
  private void remindOfModule(Instant firstModule, int module) {
    moveClockTo(moduleStart(firstModule, module).minus(Duration.ofDays(2)).plusSeconds(60));
    Jobs.runDue(management);
  }

  /** The module is over: the trainer's task to record its result. */
  private Task holdModule(String number, Instant firstModule, int module) {
    moveClockTo(moduleStart(firstModule, module).plus(Duration.ofHours(3)).plusSeconds(60));
    Jobs.runDue(management);
    return tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("Task_RecordModuleResult").singleResult();
  }

  private static Instant moduleStart(Instant firstModule, int module) {
    return firstModule.plus(Duration.ofDays(7L * module));
  }

  /** The value of a variable in the REST API's JSON, null when it is absent or empty. */
  private static Object value(Map<?, ?> variables, String name) {
    Map<?, ?> variable = (Map<?, ?>) variables.get(name);
    return variable == null ? null : variable.get("value");
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, user + "-demo");
  }

  private List<MimeMessage> mailsTo(String address) {
    return Mails.to(smtp.getReceivedMessages(), address);
  }

  /** The engine's "now" in the program's zone. */
  private static LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), BERLIN);
  }

  private static void moveClockTo(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
