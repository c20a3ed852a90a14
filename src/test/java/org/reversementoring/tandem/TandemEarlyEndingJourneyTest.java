package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reversementoring.support.Pages.assertRefused;
import static org.reversementoring.tandem.TandemVariables.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.enrollment.MenteeStatus;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.Mails;
import org.reversementoring.support.Participant;
import org.reversementoring.support.ProgramParticipants;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A participant asks to end an active tandem from the link in a real mail, the coordinator
 * decides "rematch": the tandem ends early, its planned sessions are cancelled, both get a mail
 * with the calendar cancellation (METHOD:CANCEL, the sessions' UIDs, SEQUENCE raised) and the
 * executive waits first on the waitlist again.
 */
@AppTest
class TandemEarlyEndingJourneyTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String MENTOR_EMAIL = "zoe.ending@example.com";
  private static final String MENTEE_EMAIL = "paula.ending@example.com";
  private static final String OTHER_MENTEE_EMAIL = "otto.waiting@example.com";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired ApplicationService applications;
  @Autowired MenteeService mentees;
  @Autowired TandemService tandems;
  @Autowired SessionService sessions;
  @Autowired TestRestTemplate http;

  @AfterEach
  void reset() {
    identity.clearAuthentication();
  }

  @Test
  void aParticipantAsksToEndFromTheMailAndTheCoordinatorDecidesARematch() throws Exception {
    Mentor mentor = qualifiedMentor();
    Mentee mentee = waitlistedMentee(MENTEE_EMAIL);
    Mentee other = waitlistedMentee(OTHER_MENTEE_EMAIL);
    LocalDate monday = LocalDate.now(BERLIN).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    Tandem tandem = tandems.form(new TandemDraft(mentor.getId(), mentee.getId(), "Spring round",
        monday, 87, List.of("Both want AI tools"), false));
    mentees.markMatched(mentee.getId());
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, tandem.getNumber(),
        Map.of(TANDEM_ID.name(), tandem.getId()));
    Jobs.runDue(management);
    completeAs(mentor.getUserId(), instance, Map.of(GOALS.name(), "Plan a trip\nUse an AI assistant", CADENCE_WEEKS.name(), 1L,
        SESSION_COUNT.name(), 3L, SESSION_MINUTES.name(), 45L));
    completeAs(mentee.getUserId(), instance, Map.of(KICKOFF_DECISION.name(), CONFIRM));
    assertThat(sessions.sessions(tandem.getId())).hasSize(3)
        .allSatisfy(s -> assertThat(s.getStatus()).isEqualTo(SessionStatus.PLANNED));
    assertThat(mentees.waitlist()).extracting(Mentee::getId).as("other tests' executives may wait too")
        .contains(other.getId()).doesNotContain(mentee.getId());

    // the executive follows the link at the foot of the kickoff mail
    MimeMessage kickoff = Mails.single(mailsTo(MENTEE_EMAIL), "Ihr Reverse Mentor ");
    assertThat(Mails.text(kickoff)).contains("/tandems/end?token=");
    String link = Mails.link(kickoff, "/tandems/end?token=");
    String path = link.substring(link.indexOf("/tandems/end"));
    String token = path.substring(path.indexOf("token=") + 6);
    assertThat(http.getForObject(path, String.class)).as("in the executive's language").contains("Tandem vorzeitig beenden")
        .contains(tandem.getNumber()).doesNotContain("Ask to end");
    assertRefused(http.getForEntity("/tandems/end?token=" + tandem.getId() + "-mentee.forged", String.class),
        HttpStatus.BAD_REQUEST, "This link is not valid");
    assertRefused(askToEnd(token.replace("-mentee.", "-mentor."), "forged side"), HttpStatus.BAD_REQUEST,
        "This link is not valid");
    assertRefused(askToEnd(token, " "), HttpStatus.BAD_REQUEST, "Grund: bitte angeben");
    assertThat(runtime.createExecutionQuery().processInstanceId(instance.getId()).activityId("Task_ClarifyEarlyEnding")
        .count()).as("a refusal starts nothing").isZero();
    String reason = "We never find a <script>alert(1)</script> time";
    assertThat(askToEnd(token, reason).getBody()).contains("Das Programmbüro hat Ihre Anfrage")
        .doesNotContain("<script>");
    assertThat(askToEnd(token, "Still no time").getBody()).contains("prüft bereits eine Anfrage");
    Jobs.runDue(management);
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_ClarifyEarlyEnding")
        .count()).as("one task for two requests").isEqualTo(1);

    // the coordinators get a mail with the task link and the reason, escaped
    Task clarify = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_ClarifyEarlyEnding")
        .singleResult();
    assertThat(clarify.getAssignee()).isNull();
    MimeMessage request = Mails.single(mailsTo("carla.becker@example.com"), "Tandem " + tandem.getNumber() + ": early ending requested");
    assertThat(Mails.link(request, "/camunda/app/tasklist/")).endsWith("?task=" + clarify.getId());
    assertThat(Mails.html(request)).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    assertThat(runtime.getVariable(instance.getId(), END_REQUESTED_BY.name())).isEqualTo("mentee");
    assertThat(runtime.getVariable(instance.getId(), END_REQUEST_REASON.name())).isEqualTo(reason);

    completeAs("carla", clarify, Map.of(EARLY_ENDING_DECISION.name(), REMATCH, EARLY_ENDING_NOTE.name(), "Not a good fit; new mentor"));

    Tandem ended = tandems.find(tandem.getId());
    assertThat(ended.getStatus()).isEqualTo(TandemStatus.ENDED_EARLY);
    assertThat(sessions.sessions(tandem.getId())).extracting(TandemSession::getStatus)
        .containsOnly(SessionStatus.CANCELLED);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("EndEvent_TandemEndedForRematch").finished().count()).isEqualTo(1);
    List<String> uids = List.of(1, 2, 3).stream()
        .map(n -> "tandem-" + tandem.getId() + "-session-" + n + "@reverse-mentoring").toList();
    for (MimeMessage mail : List.of(
        Mails.single(mailsTo(MENTOR_EMAIL), "Your tandem " + tandem.getNumber() + " has ended"),
        Mails.single(mailsTo(MENTEE_EMAIL), "Ihr Tandem " + tandem.getNumber() + " ist beendet: ein neuer Mentor"))) {
      Calendar calendar = Mails.calendar(mail);
      assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
      List<VEvent> events = calendar.getComponents("VEVENT");
      assertThat(events).extracting(e -> value(e, "UID")).containsExactlyInAnyOrderElementsOf(uids);
      assertThat(events).allSatisfy(e -> {
        assertThat(value(e, "SEQUENCE")).isEqualTo("1");
        assertThat(value(e, "STATUS")).isEqualTo("CANCELLED");
      });
    }
    assertThat(Mails.text(Mails.single(mailsTo(MENTEE_EMAIL), "Ihr Tandem " + tandem.getNumber() + " ist beendet")))
        .contains("Spitze der Warteliste");

    // the executive waits first for a new mentor
    assertThat(mentees.find(mentee.getId()).getStatus()).isEqualTo(MenteeStatus.WAITLISTED);
    assertThat(mentees.waitlist()).extracting(Mentee::getId).startsWith(mentee.getId())
        .containsSubsequence(mentee.getId(), other.getId());
    assertThat(mentees.waitlistPosition(mentee.getId())).isEqualTo(1);

    // the link of the ended tandem starts nothing more
    assertRefused(askToEnd(token, "Again"), HttpStatus.CONFLICT, "Tandem " + tandem.getNumber() + " ist bereits beendet");
    assertRefused(http.getForEntity(path, String.class), HttpStatus.CONFLICT, "ist bereits beendet");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableNameIn(END_REQUEST_REASON.name(), EARLY_ENDING_NOTE.name()).count()).as("free text stays out of history").isZero();
  }

  private ResponseEntity<String> askToEnd(String token, String reason) {
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("token", token);
    form.add("reason", reason);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return http.postForEntity("/tandems/end", new HttpEntity<>(form, headers), String.class);
  }

  private Task taskOf(ProcessInstance instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  private void completeAs(String userId, ProcessInstance instance, Map<String, Object> variables) {
    completeAs(userId, tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult(), variables);
  }

  private void completeAs(String userId, Task task, Map<String, Object> variables) {
    Participant.completeAs(identity, tasks, management, userId, task, variables);
  }

  private Mentor qualifiedMentor() {
    return qualifiedMentor(MENTOR_EMAIL);
  }

  private Mentor qualifiedMentor(String email) {
    return participants().qualifiedMentor(ApplicationFixtures.application(email));
  }

  private Mentee waitlistedMentee(String email) {
    Map<String, Object> variables = EnrollmentFixtures.enrollment(email);
    variables.put(EnrollmentVariables.FIRST_NAME.name(), "Paula");
    variables.put(EnrollmentVariables.LAST_NAME.name(), "Ending");
    variables.put(EnrollmentVariables.TOPICS.name(), "[\"ai-tools\"]");
    variables.put(EnrollmentVariables.LANGUAGE.name(), "de");
    variables.put(EnrollmentVariables.AVAILABILITY.name(), "[\"THU-PM\",\"TUE-AM\"]");
    return participants().waitlistedExecutive(variables);
  }

  private ProgramParticipants participants() {
    return new ProgramParticipants(runtime, tasks, management, applications, mentees);
  }

  private List<MimeMessage> mailsTo(String address) {
    return Mails.to(smtp.getReceivedMessages(), address);
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).orElseThrow().getValue();
  }
}
