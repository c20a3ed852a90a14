package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reversementoring.support.Pages.assertRefused;
import static org.reversementoring.tandem.TandemVariables.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeService;
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
 * A tandem from the kickoff through its two sessions on the real app, mails read from SMTP, timers
 * by moving the engine clock: reminders with the session's calendar event, the first session moved
 * from the link in the reminder (same UID, SEQUENCE 1, the second session shifted too), logged by
 * the mentor and rated by the executive, the supervisor's check-in halfway, a substitute mentor
 * named by a coordinator over REST who holds the second session, then handed to the closing (a
 * stub here).
 */
@AppTest
class TandemSessionsJourneyTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String MENTOR_EMAIL = "zoe.sessions@example.com";
  private static final String MENTEE_EMAIL = "petra.sessions@example.com";
  private static final String SUBSTITUTE_EMAIL = "lukas.substitute@example.com";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired ApplicationService applications;
  @Autowired MenteeService mentees;
  @Autowired TandemService tandems;
  @Autowired SessionService sessions;
  @Autowired SupervisorCheckInRepository checkIns;
  @Autowired TestRestTemplate http;

  /** The stand-in for the closing process, deployed by the test. */
  private Deployment closingStub;

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    ClockUtil.reset();
    if (closingStub != null) {
      // the app is shared with the other app tests: they start the real closing process again
      repository.deleteDeployment(closingStub.getId(), true);
    }
  }

  @Test
  void sessionsAreRemindedMovedLoggedAndRatedThenTheTandemGoesToClosing() throws Exception {
    Mentor mentor = qualifiedMentor();
    Mentee mentee = waitlistedMentee();
    LocalDate monday = LocalDate.now(BERLIN).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    Tandem tandem = tandems.form(new TandemDraft(mentor.getId(), mentee.getId(), "Spring round",
        monday, 87, List.of("Both want AI tools"), false));
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, tandem.getNumber(),
        Map.of(TANDEM_ID.name(), tandem.getId()));
    Jobs.runDue(management);
    completeAs(mentor.getUserId(), instance, Map.of(GOALS.name(), "Plan a trip\nUse an AI assistant", CADENCE_WEEKS.name(), 1L,
        SESSION_COUNT.name(), 2L, SESSION_MINUTES.name(), 45L));
    completeAs(mentee.getUserId(), instance, Map.of(KICKOFF_DECISION.name(), CONFIRM));

    Instant kickoff = tandems.find(tandem.getId()).getKickoffAt();
    List<TandemSession> planned = sessions.sessions(tandem.getId());
    assertThat(planned).extracting(TandemSession::getPlannedAt)
        .containsExactly(kickoff.atZone(BERLIN).plusWeeks(1).toInstant(), kickoff.atZone(BERLIN).plusWeeks(2).toInstant());
    Instant first = planned.get(0).getPlannedAt();
    String uid1 = "tandem-" + tandem.getId() + "-session-1@reverse-mentoring";

    // a day before: the reminder to both with the session's calendar event, SEQUENCE 0
    moveEngineClockTo(first.minus(Duration.ofDays(1)).minusSeconds(60));
    Jobs.runDue(management);
    assertThat(mailsTo(MENTOR_EMAIL)).extracting(Mails::subject).noneMatch(s -> s.contains("session 1 on"));
    moveEngineClockTo(first.minus(Duration.ofDays(1)));
    Jobs.runDue(management);
    MimeMessage reminder = Mails.single(mailsTo(MENTOR_EMAIL), "Tandem " + tandem.getNumber() + ": session 1 on");
    MimeMessage erinnerung = Mails.single(mailsTo(MENTEE_EMAIL), "Tandem " + tandem.getNumber() + ": Sitzung 1 am");
    assertThat(Mails.text(reminder)).contains("session 1 of 2").contains("45 minutes");
    VEvent event = event(reminder);
    assertThat(value(event, "UID")).isEqualTo(uid1).isEqualTo(value(event(erinnerung), "UID"));
    assertThat(value(event, "SEQUENCE")).isEqualTo("0");
    assertThat(utc(value(event, "DTSTART"))).isEqualTo(first);
    assertThat(utc(value(event, "DTEND"))).isEqualTo(first.plus(Duration.ofMinutes(45)));

    // the executive moves it from the link in the mail: two days later, 14:00
    String link = Mails.link(erinnerung, "/sessions/move?token=");
    String path = link.substring(link.indexOf("/sessions/move"));
    String token = path.substring(path.indexOf("token=") + 6);
    assertThat(http.getForObject(path, String.class)).as("in the executive's language").contains("Sitzung 1 ist für");
    assertRefused(http.getForEntity("/sessions/move?token=7-1.forged", String.class), HttpStatus.BAD_REQUEST,
        "This link is not valid");
    LocalDateTime newLocal = first.atZone(BERLIN).toLocalDate().plusDays(2).atTime(14, 0);
    assertRefused(move("7-1.forged", newLocal.toString()), HttpStatus.BAD_REQUEST, "This link is not valid");
    assertRefused(move(token, LocalDateTime.now(BERLIN).minusDays(1).withNano(0).toString()), HttpStatus.BAD_REQUEST,
        "Neuer Termin: muss in der Zukunft liegen");
    assertRefused(move(token, "next Tuesday"), HttpStatus.BAD_REQUEST, "Neuer Termin: bitte Datum und Uhrzeit angeben");
    assertThat(sessions.session(tandem.getId(), 1).getPlannedAt()).as("a refusal moves nothing").isEqualTo(first);
    assertThat(move(token, newLocal.toString()).getBody()).contains("findet jetzt am");
    Instant moved = newLocal.atZone(BERLIN).toInstant();
    Duration shift = Duration.between(first, moved);
    assertThat(sessions.sessions(tandem.getId())).extracting(TandemSession::getPlannedAt)
        .containsExactly(moved, planned.get(1).getPlannedAt().plus(shift));

    Jobs.runDue(management);
    for (String address : List.of(MENTOR_EMAIL, MENTEE_EMAIL)) {
      MimeMessage update = Mails.single(mailsTo(address), "Tandem " + tandem.getNumber() + ": "
          + (address.equals(MENTOR_EMAIL) ? "session 1 moved to" : "Sitzung 1 verschoben auf"));
      VEvent updated = event(update);
      assertThat(value(updated, "UID")).isEqualTo(uid1);
      assertThat(value(updated, "SEQUENCE")).isEqualTo("1");
      assertThat(utc(value(updated, "DTSTART"))).isEqualTo(moved);
    }

    // after the new time: the reminder again (same revision), then log and rate
    moveEngineClockTo(moved.plus(Duration.ofMinutes(45)));
    Jobs.runDue(management);
    List<MimeMessage> reminders = mailsTo(MENTOR_EMAIL).stream()
        .filter(m -> Mails.subject(m).startsWith("Tandem " + tandem.getNumber() + ": session 1 on")).toList();
    assertThat(reminders).hasSize(2);
    assertThat(value(event(reminders.get(1)), "SEQUENCE")).isEqualTo("1");
    assertThat(utc(value(event(reminders.get(1)), "DTSTART"))).isEqualTo(moved);
    Task log = taskOf(instance, "Task_LogSession");
    Task rate = taskOf(instance, "Task_RateSession");
    assertThat(log.getAssignee()).isEqualTo(mentor.getUserId());
    assertThat(rate.getAssignee()).isEqualTo(mentee.getUserId());
    assertThat(Mails.link(Mails.single(mailsTo(MENTOR_EMAIL), "Tandem " + tandem.getNumber() + ": please log session 1"),
        "/camunda/app/tasklist/")).endsWith("?task=" + log.getId());
    assertThat(Mails.link(Mails.single(mailsTo(MENTEE_EMAIL), "Tandem " + tandem.getNumber() + ": Wie war Sitzung 1"),
        "/camunda/app/tasklist/")).endsWith("?task=" + rate.getId());
    completeAs(mentor.getUserId(), log, Map.of(SESSION_HELD.name(), "yes", HELD_MINUTES.name(), 50L, SESSION_TOPICS.name(), "ai-tools",
        SESSION_NOTES.name(), "Tried <script>prompts</script>"));
    completeAs(mentee.getUserId(), rate, Map.of(SESSION_RATING.name(), 5L, RATING_COMMENT.name(), "Very useful"));

    // halfway (one of two sessions logged): the training supervisor's check-in, mail with the link
    Task checkIn = taskOf(instance, "Task_MidProgramCheckIn");
    MimeMessage checkInMail = Mails.single(mailsTo(ApplicationFixtures.SUPERVISOR_ADDRESS),
        "Tandem " + tandem.getNumber() + ": Zwischenstand zu");
    assertThat(Mails.link(checkInMail, "/camunda/app/tasklist/")).endsWith("?task=" + checkIn.getId());
    String supervisorId = checkIn.getAssignee();
    assertThat(supervisorId).isNotBlank();
    completeAs(supervisorId, checkIn, Map.of(CHECK_IN_ASSESSMENT.name(), "SOME_CONCERNS", CHECK_IN_COMMENT.name(), "Busy month"));
    assertThat(checkIns.findByTandemId(tandem.getId())).singleElement()
        .satisfies(c -> assertThat(c.getAssessment()).isEqualTo(CheckInAssessment.SOME_CONCERNS))
        .satisfies(c -> assertThat(c.getComment()).isEqualTo("Busy month"));

    // the mentor is away for a long stretch: a coordinator names a substitute over REST
    Mentor substitute = qualifiedMentor(SUBSTITUTE_EMAIL);
    ResponseEntity<String> correlated = http.withBasicAuth("carla", "carla-demo").postForEntity("/engine-rest/message",
        new HttpEntity<>(Map.of("messageName", SUBSTITUTE_MESSAGE, "businessKey", tandem.getNumber(),
            "processVariables", Map.of(SUBSTITUTE_MENTOR_ID.name(), Map.of("value", substitute.getId(), "type", "Long"))),
            json()), String.class);
    assertThat(correlated.getStatusCode().is2xxSuccessful()).as(correlated.toString()).isTrue();
    Jobs.runDue(management);
    assertThat(tandems.find(tandem.getId()).getMentorId()).isEqualTo(substitute.getId());
    assertThat(tandems.find(tandem.getId()).getOriginalMentorId()).isEqualTo(mentor.getId());
    String uid2 = "tandem-" + tandem.getId() + "-session-2@reverse-mentoring";
    for (String address : List.of(SUBSTITUTE_EMAIL, MENTEE_EMAIL)) {
      VEvent invitation = event(mailsTo(address).stream().filter(m -> Mails.subject(m).contains(" takes over the sessions")
          || Mails.subject(m).contains(" übernimmt die Sitzungen")).findFirst().orElseThrow());
      assertThat(value(invitation, "UID")).isEqualTo(uid2);
      assertThat(value(invitation, "SEQUENCE")).isEqualTo("1");
    }
    // the replaced mentor: the remaining session leaves their calendar (CANCEL, same UID, SEQUENCE raised)
    MimeMessage replacedMail = mailsTo(MENTOR_EMAIL).stream().filter(m -> Mails.subject(m).contains(" takes over your sessions")
        || Mails.subject(m).contains(" übernimmt Ihre Sitzungen")).findFirst().orElseThrow();
    Calendar cancellation = Mails.calendar(replacedMail);
    assertThat(cancellation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
    List<VEvent> cancelled = cancellation.getComponents("VEVENT");
    assertThat(cancelled).singleElement().satisfies(e -> {
      assertThat(value(e, "UID")).isEqualTo(uid2);
      assertThat(value(e, "SEQUENCE")).isEqualTo("2");
      assertThat(value(e, "STATUS")).isEqualTo("CANCELLED");
    });

    // the second session, moved along, keeps its own UID; the substitute holds and logs it
    Instant second = sessions.session(tandem.getId(), 2).getPlannedAt();
    moveEngineClockTo(second.plus(Duration.ofMinutes(45)));
    Jobs.runDue(management);
    VEvent event2 = event(Mails.single(mailsTo(MENTEE_EMAIL), "Tandem " + tandem.getNumber() + ": Sitzung 2 am"));
    assertThat(value(event2, "UID")).isEqualTo(uid2);
    assertThat(value(event2, "SEQUENCE")).isEqualTo("1");
    assertThat(utc(value(event2, "DTSTART"))).isEqualTo(second);
    assertThat(value(event2, "ATTENDEE").toLowerCase()).isIn("mailto:" + SUBSTITUTE_EMAIL, "mailto:" + MENTEE_EMAIL);
    Task log2 = taskOf(instance, "Task_LogSession");
    assertThat(log2.getAssignee()).isEqualTo(substitute.getUserId());
    completeAs(substitute.getUserId(), log2, Map.of(SESSION_HELD.name(), "no"));
    // the closing process comes from another part of the program; a stub stands in for it here
    closingStub = repository.createDeployment().addClasspathResource("stubs/tandem-closing-stub.bpmn20.xml").deploy();
    completeAs(mentee.getUserId(), taskOf(instance, "Task_RateSession"), Map.of(SESSION_RATING.name(), 3L));

    List<TandemSession> done = sessions.sessions(tandem.getId());
    assertThat(done).extracting(TandemSession::getStatus).containsExactly(SessionStatus.HELD, SessionStatus.NOT_HELD);
    assertThat(done).extracting(TandemSession::getRating).containsExactly(5, 3);
    assertThat(done.get(0).getHeldMinutes()).isEqualTo(50);
    assertThat(done.get(0).getTopics()).isEqualTo("ai-tools");
    assertThat(done.get(0).getNotes()).isEqualTo("Tried <script>prompts</script>");
    assertThat(done.get(0).getRatingComment()).isEqualTo("Very useful");

    ProcessInstance closing = runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
    assertThat(closing.getBusinessKey()).isEqualTo(tandem.getNumber());
    assertThat(runtime.getVariable(closing.getId(), TANDEM_ID.name())).isEqualTo(tandem.getId());
    tasks.complete(tasks.createTaskQuery().processInstanceId(closing.getId()).singleResult().getId(),
        Map.of(CLOSING_DECISION.name(), CLOSE));
    Jobs.runDue(management);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("EndEvent_TandemClosed").finished().count()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableNameIn(SESSION_NOTES.name(), RATING_COMMENT.name(), CHECK_IN_COMMENT.name()).count()).as("free text stays out of history").isZero();
  }

  private ResponseEntity<String> move(String token, String start) {
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("token", token);
    form.add("start", start);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return http.postForEntity("/sessions/move", new HttpEntity<>(form, headers), String.class);
  }

  private static HttpHeaders json() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  private static void moveEngineClockTo(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
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

  private Mentee waitlistedMentee() {
    Map<String, Object> variables = EnrollmentFixtures.enrollment(MENTEE_EMAIL);
    variables.put(EnrollmentVariables.FIRST_NAME.name(), "Petra");
    variables.put(EnrollmentVariables.LAST_NAME.name(), "Sessions");
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

  private static Instant utc(String icsDateTime) {
    return Instant.parse(icsDateTime.replaceAll("(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z", "$1-$2-$3T$4:$5:$6Z"));
  }

  private static VEvent event(MimeMessage mail) throws Exception {
    Calendar calendar = Mails.calendar(mail);
    assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    return events.get(0);
  }

}
