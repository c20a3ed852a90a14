package org.reversementoring.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reversementoring.support.TasklistFilterReader.variable;
import static org.reversementoring.tandem.TandemVariables.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.common.Language;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.identity.DemoUser;
import org.reversementoring.identity.ProgramGroup;
import org.reversementoring.identity.TasklistFilters;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.Mails;
import org.reversementoring.support.PageSession;
import org.reversementoring.support.ProgramParticipants;
import org.reversementoring.support.RestVariables;
import org.reversementoring.support.TasklistFilterReader;
import org.reversementoring.support.TestSmtp;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemDraft;
import org.reversementoring.tandem.TandemService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The demo's organizer, Paula, at work on the real app: she agrees the kickoff date of a tandem
 * whose two share no weekly slot, and chases a missing session log from her mail and the
 * follow-up view, which lists who has not answered yet until the log comes in. A German colleague,
 * Lotte, reads the same brief in German, in her mail and on the task's form.
 */
@AppTest
class OrganizersJourneyTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String PAULA = DemoUser.PAULA.email();
  private static final String LOTTE = "lotte";
  private static final String LOTTE_PASSWORD = "Lotte's passphrase 7";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ApplicationService applications;
  @Autowired MenteeService mentees;
  @Autowired TandemService tandems;

  @Test
  void anOrganizerAgreesTheKickoffDateTheProgramCouldNotPlan() throws Exception {
    Mentor mentor = participants().qualifiedMentor(ApplicationFixtures.application("olga.noslot@example.com"));
    Mentee mentee = waitlistedExecutive("otto.noslot@example.com", "[\"FRI-AM\"]");
    LocalDate monday = LocalDate.now(BERLIN).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    createGermanOrganizer();
    Tandem tandem;
    Task agree;
    try {
      tandem = startTandem(mentor, mentee, monday);
      agree = tasks.createTaskQuery().processInstanceBusinessKey(tandem.getNumber()).singleResult();
      assertThat(agree.getName()).isEqualTo("Agree a kickoff date");
      assertBriefInEachReadersLanguage(tandem, agree);
    } finally {
      identity.deleteUser(LOTTE);
    }
    MimeMessage mail = Mails.single(Mails.to(smtp.getReceivedMessages(), PAULA),
        "Tandem " + tandem.getNumber() + ": please agree a kickoff date");
    assertThat(Mails.link(mail, "/camunda/app/tasklist/")).endsWith("?task=" + agree.getId());
    assertThat(tandems.find(tandem.getId()).getKickoffAt()).as("nothing planned silently").isNull();
    String label = mentor.getFullName() + " & " + mentee.getFullName() + " · Organized round";
    TasklistFilterReader filters = new TasklistFilterReader(http);
    for (String filter : List.of(TasklistFilters.TANDEMS, TasklistFilters.MY_GROUP_TASKS)) {
      assertThat(filters.list(DemoUser.PAULA, filter, List.of(tandem.getNumber()))).as(filter).singleElement()
          .satisfies(entry -> {
            assertThat(entry.get("name")).isEqualTo("Agree a kickoff date");
            assertThat(variable(entry, "caseLabel")).isEqualTo(label);
            assertThat(entry.get("due")).as("due in 4 days").isNotNull();
          });
    }
    assertThat(filters.count(DemoUser.CARLA, TasklistFilters.TANDEMS, List.of(tandem.getNumber())))
        .as("coordinators see the tandems the organizers work on").isEqualTo(1);
    assertThat(filters.count(DemoUser.CARLA, TasklistFilters.MY_GROUP_TASKS, List.of(tandem.getNumber())))
        .as("but it is not offered to them").isZero();

    TestRestTemplate paula = http.withBasicAuth(DemoUser.PAULA.id(), DemoUser.PAULA.password());
    ResponseEntity<Map> refused = paula.postForEntity("/engine-rest/task/" + agree.getId() + "/submit-form",
        RestVariables.request(Map.of(KICKOFF_START.name(), monday.minusDays(1) + "T10:00")), Map.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(RestVariables.refusedFields(refused.getBody())).containsExactly(KICKOFF_START.name());
    String friday = monday.plusDays(4) + "T09:30";
    ResponseEntity<Void> agreed = paula.postForEntity("/engine-rest/task/" + agree.getId() + "/submit-form",
        RestVariables.request(Map.of(KICKOFF_START.name(), friday)), Void.class);
    assertThat(agreed.getStatusCode().value()).isEqualTo(204);
    Jobs.runDue(management);

    Instant kickoff = monday.plusDays(4).atTime(9, 30).atZone(BERLIN).toInstant();
    assertThat(tandems.find(tandem.getId()).getKickoffAt()).isEqualTo(kickoff);
    MimeMessage invitation = Mails.single(Mails.to(smtp.getReceivedMessages(), "olga.noslot@example.com"),
        "Your tandem " + tandem.getNumber());
    assertThat(Mails.text(invitation)).contains("the program organizers agreed this time with you both");
    VEvent event = Mails.calendar(invitation).<VEvent>getComponents("VEVENT").get(0);
    assertThat(event.getProperty("DTSTART").orElseThrow().getValue())
        .isEqualTo(kickoff.toString().replace("-", "").replace(":", ""));
  }

  @Test
  void anOrganizerChasesAMissingLogWhichTheFollowUpViewListsUntilItComesIn() {
    Mentor mentor = participants().qualifiedMentor(ApplicationFixtures.application("quentin.silent@example.com"));
    Mentee mentee = waitlistedExecutive("rita.waiting@example.com", "[\"TUE-AM\"]");
    Tandem tandem = startTandem(mentor, mentee, LocalDate.now(BERLIN).plusDays(3));
    complete(tandem, "Task_AgreeGoalsAndCadence", Map.of(GOALS.name(), "Use AI tools\nRun a team channel",
        CADENCE_WEEKS.name(), 2L, SESSION_COUNT.name(), 2L, SESSION_MINUTES.name(), 60L));
    complete(tandem, "Task_ConfirmKickoff", Map.of(KICKOFF_DECISION.name(), CONFIRM));
    Instant sessionOver = (Instant.parse((String) runtime.getVariable(instanceOf(tandem), SESSION_ENDS_AT.name())));
    moveClockTo(sessionOver.plusSeconds(60));
    moveClockTo(sessionOver.plus(Duration.ofDays(14)).plusSeconds(120));

    Task chase = tasks.createTaskQuery().processInstanceBusinessKey(tandem.getNumber())
        .taskDefinitionKey("Task_ChaseSessionLog").singleResult();
    assertThat(chase.getName()).isEqualTo("Chase missing session log");
    MimeMessage mail = Mails.single(Mails.to(smtp.getReceivedMessages(), PAULA),
        "Tandem " + tandem.getNumber() + ": please chase the log of session 1");
    assertThat(Mails.text(mail)).contains("quentin.silent@example.com", "http://mentoring.test/follow-up");
    PageSession paula = PageSession.loggedIn(port, DemoUser.PAULA.id(), DemoUser.PAULA.password());
    HttpResponse<String> view = paula.get("/follow-up");
    assertThat(view.statusCode()).isEqualTo(200);
    assertThat(view.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    String row = rowOf(view.body(), tandem.getNumber(), "Log of session 1");
    assertThat(row).contains("mailto:quentin.silent@example.com", "(<span>mentor</span>)", "14 days", "<td>yes</td>");
    assertThat(rowOf(view.body(), tandem.getNumber(), "Rating of session 1"))
        .contains("rita.waiting@example.com", "<td>no</td>");
    assertThat(PageSession.loggedIn(port, DemoUser.OTTO.id(), DemoUser.OTTO.password()).get("/follow-up").statusCode())
        .as("the view is the organizers' and coordinators'").isEqualTo(403);

    complete(tandem, "Task_LogSession", Map.of(SESSION_HELD.name(), "no"));

    assertThat(tasks.createTaskQuery().taskId(chase.getId()).count()).as("the chase ends by itself").isZero();
    String after = paula.get("/follow-up").body();
    assertThat(rows(after, tandem.getNumber(), "Log of session 1")).as("the log is in").isEmpty();
    assertThat(rows(after, tandem.getNumber(), "Rating of session 1")).hasSize(1);
  }

  private Tandem startTandem(Mentor mentor, Mentee mentee, LocalDate startsOn) {
    Tandem tandem = tandems.form(new TandemDraft(mentor.getId(), mentee.getId(), "Organized round", startsOn, 70,
        List.of("Organized"), false));
    runtime.startProcessInstanceByKey(PROCESS_KEY, tandem.getNumber(), Map.of(TANDEM_ID.name(), tandem.getId()));
    Jobs.runDue(management);
    return tandem;
  }

  private Mentee waitlistedExecutive(String email, String availability) {
    Map<String, Object> variables = EnrollmentFixtures.enrollment(email);
    variables.put(EnrollmentVariables.AVAILABILITY.name(), availability);
    return participants().waitlistedExecutive(variables);
  }

  private void complete(Tandem tandem, String taskKey, Map<String, Object> answer) {
    Jobs.runDue(management);
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(tandem.getNumber()).taskDefinitionKey(taskKey)
        .singleResult();
    tasks.complete(task.getId(), new HashMap<>(answer));
    Jobs.runDue(management);
  }

  private String instanceOf(Tandem tandem) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(tandem.getNumber()).singleResult().getId();
  }

  /** Paula reads the brief in English, Lotte in German: in their mails and on the task's form, never stored. */
  private void assertBriefInEachReadersLanguage(Tandem tandem, Task agree) {
    MimeMessage english = Mails.single(Mails.to(smtp.getReceivedMessages(), PAULA),
        "Tandem " + tandem.getNumber() + ": please agree a kickoff date");
    assertThat(Mails.text(english)).contains("the two share no weekly slot", "free TUE-AM, THU-PM", "free FRI-AM",
        "olga.noslot@example.com", "otto.noslot@example.com").doesNotContain("Wochentermin");
    MimeMessage german = Mails.single(Mails.to(smtp.getReceivedMessages(), LOTTE + "@example.com"),
        "Tandem " + tandem.getNumber());
    assertThat(Mails.text(german)).as("the brief in the German mail's language")
        .contains("Die beiden haben keinen gemeinsamen Wochentermin", "frei TUE-AM, THU-PM", "frei FRI-AM",
            "olga.noslot@example.com", "Führungskraft: ").doesNotContain("share no weekly slot", "Executive: ");
    String formVariables = "/engine-rest/task/" + agree.getId() + "/form-variables";
    assertThat(briefAs(DemoUser.PAULA.id(), DemoUser.PAULA.password(), formVariables))
        .as("the form shows Paula the brief in English").startsWith("Tandem " + tandem.getNumber()
            + ": the two share no weekly slot.").contains("Executive: ", "free FRI-AM");
    assertThat(briefAs(LOTTE, LOTTE_PASSWORD, formVariables)).as("and Lotte in German")
        .startsWith("Tandem " + tandem.getNumber() + ": Die beiden haben keinen gemeinsamen Wochentermin.")
        .contains("Führungskraft: ", "frei FRI-AM");
    assertThat(tasks.getVariablesLocal(agree.getId())).as("made when read, never stored")
        .doesNotContainKey(ORGANIZER_BRIEF.name());
  }

  /** Lotte: a program organizer who reads German. */
  private void createGermanOrganizer() {
    User user = identity.newUser(LOTTE);
    user.setPassword(LOTTE_PASSWORD);
    user.setEmail(LOTTE + "@example.com");
    identity.saveUser(user);
    identity.createMembership(LOTTE, ProgramGroup.PROGRAM_ORGANIZERS.id());
    identity.setUserInfo(LOTTE, Language.USER_INFO_KEY, Language.DE.code());
  }

  /** The brief on the task's form as Tasklist fills it for this reader (an English browser). */
  private String briefAs(String userId, String password, String formVariables) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    ResponseEntity<Map> variables = http.withBasicAuth(userId, password)
        .exchange(formVariables, HttpMethod.GET, new HttpEntity<>(headers), Map.class);
    assertThat(variables.getStatusCode().value()).isEqualTo(200);
    return (String) ((Map<?, ?>) variables.getBody().get(ORGANIZER_BRIEF.name())).get("value");
  }

  private void moveClockTo(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
    Jobs.runDue(management);
  }

  /** The one table row of the follow-up view about this tandem and answer. */
  private static String rowOf(String page, String tandemNumber, String what) {
    List<String> rows = rows(page, tandemNumber, what);
    assertThat(rows).as(tandemNumber + " / " + what + " in " + page).hasSize(1);
    return rows.get(0);
  }

  private static List<String> rows(String page, String tandemNumber, String what) {
    return java.util.Arrays.stream(page.split("<tr")).filter(row -> row.contains(tandemNumber) && row.contains(what))
        .toList();
  }

  private ProgramParticipants participants() {
    return new ProgramParticipants(runtime, tasks, management, applications, mentees);
  }
}
