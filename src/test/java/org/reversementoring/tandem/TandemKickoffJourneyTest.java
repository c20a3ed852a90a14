package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reversementoring.tandem.TandemVariables.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
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
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.enrollment.MenteeStatus;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.recruitment.MentorStatus;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.Mails;
import org.reversementoring.support.Participant;
import org.reversementoring.support.ProgramParticipants;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A qualified mentor and a waitlisted executive become a tandem the way matching hands it over
 * (the record, then {@code tandem-lifecycle} with the number as business key and {@code tandemId});
 * on the real app with mails read from SMTP, the kickoff runs until the sessions are planned and the
 * first one's reminder waits.
 */
@AppTest
class TandemKickoffJourneyTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String MENTOR_EMAIL = "zoe.tandem@example.com";
  private static final String MENTEE_EMAIL = "petra.tandem@example.com";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired ApplicationService applications;
  @Autowired MenteeService mentees;
  @Autowired TandemService tandems;
  @Autowired SessionService sessions;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  @Test
  void kickoffInvitationGoalsAndConfirmationMakeTheTandemActive() throws Exception {
    Mentor mentor = qualifiedMentor();
    Mentee mentee = waitlistedMentee();
    // a Monday at least two weeks ahead: the first shared slot (TUE-AM, THU-PM) is Tuesday 10:00 Berlin
    LocalDate monday = LocalDate.now(BERLIN).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    Instant expectedKickoff = monday.plusDays(1).atTime(10, 0).atZone(BERLIN).toInstant();

    Tandem tandem = tandems.form(new TandemDraft(mentor.getId(), mentee.getId(), "Spring round",
        monday, 87, List.of("Both want AI tools"), false));
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, tandem.getNumber(),
        Map.of(TANDEM_ID.name(), tandem.getId()));
    Jobs.runDue(management);

    // the invitation: to the mentor alone with their personal links, to the mentee in German, one
    // calendar entry for both; the supervisor gets the date in a mail of their own, without those links
    MimeMessage toMentor = Mails.single(mailsTo(MENTOR_EMAIL), "Your tandem " + tandem.getNumber());
    assertThat(Mails.addresses(toMentor)).containsExactly(MENTOR_EMAIL);
    assertThat(Mails.text(toMentor)).contains("reverse mentor of Petra Łęcka-Öztürk")
        .contains("first time from the start of the tandem that you both marked as available");
    assertThat(Mails.link(toMentor, "/activate?token=")).as("the apprentice has no password yet").isNotBlank();
    assertThat(Mails.link(toMentor, "/tandems/end?token=")).isNotBlank();
    MimeMessage toMentee = Mails.single(mailsTo(MENTEE_EMAIL), "Ihr Reverse Mentor Zoë Łukasiewicz-Müller: Kickoff am");
    assertThat(Mails.text(toMentee)).contains("Kickoff-Treffen: Dienstag, ").contains("10:00 (Berliner Zeit)");
    // in German: the supervisor (Sven) chose it, whatever the mentor's language
    MimeMessage toSupervisor = Mails.single(mailsTo(ApplicationFixtures.SUPERVISOR_ADDRESS),
        "Kickoff im Tandem " + tandem.getNumber() + " von Zoë Łukasiewicz-Müller am");
    assertThat(Mails.addresses(toSupervisor)).containsExactly(ApplicationFixtures.SUPERVISOR_ADDRESS);
    assertThat(Mails.text(toSupervisor)).contains("Hallo zusammen,")
        .contains("bitte stellen Sie Zoë Łukasiewicz-Müller dafür frei");
    assertThat(Mails.personalLinks(toSupervisor)).isEmpty();
    assertThat(mailsTo(ApplicationFixtures.SUPERVISOR_ADDRESS)).flatExtracting(Mails::personalLinks)
        .as("no mail to the supervisor carries the mentor's links")
        .doesNotContainAnyElementsOf(Mails.personalLinks(toMentor));
    assertThat(kickoffEvent(toSupervisor).getProperty("UID").orElseThrow().getValue())
        .isEqualTo("tandem-" + tandem.getId() + "-kickoff@reverse-mentoring");
    VEvent forMentor = kickoffEvent(toMentor);
    VEvent forMentee = kickoffEvent(toMentee);
    assertThat(forMentor.getProperty("UID").orElseThrow().getValue())
        .isEqualTo("tandem-" + tandem.getId() + "-kickoff@reverse-mentoring")
        .isEqualTo(forMentee.getProperty("UID").orElseThrow().getValue());
    assertThat(utc(forMentor.getProperty("DTSTART").orElseThrow().getValue())).isEqualTo(expectedKickoff);
    assertThat(utc(forMentor.getProperty("DTEND").orElseThrow().getValue())).isEqualTo(expectedKickoff.plusSeconds(3600));
    List<net.fortuna.ical4j.model.Property> attendees = forMentor.getProperties("ATTENDEE");
    assertThat(attendees).extracting(net.fortuna.ical4j.model.Property::getValue)
        .containsExactlyInAnyOrder("mailto:" + MENTOR_EMAIL, "mailto:" + MENTEE_EMAIL);
    assertThat(tandems.find(tandem.getId()).getKickoffAt()).isEqualTo(expectedKickoff);
    assertThat(tandems.find(tandem.getId()).getProcessInstanceId()).isEqualTo(instance.getId());

    // the mentor's task, linked in a mail, visible to the mentor only
    Task agree = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(agree.getName()).isEqualTo("Agree goals and cadence");
    assertThat(agree.getAssignee()).isEqualTo(mentor.getUserId());
    MimeMessage agreeMail = Mails.single(mailsTo(MENTOR_EMAIL), "Agree goals and cadence for tandem " + tandem.getNumber());
    assertThat(Mails.link(agreeMail, "/camunda/app/tasklist/")).endsWith("?task=" + agree.getId());
    assertThat(Mails.link(agreeMail, "/activate?token=")).as("the apprentice has no password yet").isNotBlank();

    loginAs(mentee.getUserId());
    assertThat(tasks.createTaskQuery().taskId(agree.getId()).count()).as("the mentee does not see it").isZero();
    assertThatThrownBy(() -> tasks.complete(agree.getId(), goals("a\nb")))
        .isInstanceOf(AuthorizationException.class);

    loginAs(mentor.getUserId());
    assertThat(tasks.createTaskQuery().taskAssignee(mentor.getUserId()).list()).extracting(Task::getId)
        .containsExactly(agree.getId());
    assertThatThrownBy(() -> tasks.complete(agree.getId(), goals("Only one goal")))
        .hasRootCauseInstanceOf(RejectedInputException.class).hasMessageContaining("goals: must name 2 to 4 goals");
    assertThat(tandems.find(tandem.getId()).getGoals()).isNull();
    Map<String, Object> agreed = goals("Plan a trip with the <b>connected-car</b> app\nSummarise a meeting with an AI tool");
    agreed.put(SKIP_PERIODS.name(), monday.plusWeeks(4) + ".." + monday.plusWeeks(5));
    tasks.complete(agree.getId(), agreed);
    identity.clearAuthentication();
    Jobs.runDue(management);

    // the mentee confirms, seeing the goals on the task and in the mail
    Task confirm = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(confirm.getName()).as("named in the German she reads, in Tasklist too").isEqualTo("Kickoff bestätigen");
    assertThat(confirm.getAssignee()).isEqualTo(mentee.getUserId());
    MimeMessage confirmMail = Mails.single(mailsTo(MENTEE_EMAIL), "Bitte bestätigen Sie die Ziele Ihres Tandems " + tandem.getNumber());
    assertThat(Mails.link(confirmMail, "/camunda/app/tasklist/")).endsWith("?task=" + confirm.getId());
    assertThat(Mails.text(confirmMail)).contains("4 Sitzungen zu je 60 Minuten, alle 2 Wochen");
    assertThat(Mails.html(confirmMail)).as("free text is escaped")
        .contains("Plan a trip with the &lt;b&gt;connected-car&lt;/b&gt; app").doesNotContain("<b>connected-car</b>");

    loginAs(mentor.getUserId());
    assertThat(tasks.createTaskQuery().taskId(confirm.getId()).count()).as("the mentor does not see it").isZero();
    loginAs(mentee.getUserId());
    assertThat(forms.getTaskFormVariables(confirm.getId()).getValue(KICKOFF_SUMMARY.name(), String.class))
        .as("in the mentee's language, as her form").startsWith("Kickoff: Di., ").contains("Termine: 4 zu je 60 Minuten, alle 2 Wochen\nZiele:\n")
        .contains("- Summarise a meeting with an AI tool").contains("Ohne Termine: " + monday.plusWeeks(4));
    tasks.complete(confirm.getId(), Map.of(KICKOFF_DECISION.name(), CONFIRM));
    identity.clearAuthentication();
    Jobs.runDue(management);

    Tandem active = tandems.find(tandem.getId());
    assertThat(active.getStatus()).isEqualTo(TandemStatus.ACTIVE);
    assertThat(active.getGoals()).isEqualTo("Plan a trip with the <b>connected-car</b> app\nSummarise a meeting with an AI tool");
    assertThat(active.getCadenceWeeks()).isEqualTo(2);
    assertThat(active.getSessionCount()).isEqualTo(4);
    assertThat(active.getSessionMinutes()).isEqualTo(60);
    assertThat(active.getSkipPeriods()).isEqualTo(monday.plusWeeks(4) + ".." + monday.plusWeeks(5));
    // the sessions are planned every two weeks after the kickoff, the one in the school block moves
    // to the first cadence date after it; the process waits for the first reminder
    Instant kickoff = expectedKickoff;
    assertThat(sessions.sessions(tandem.getId())).extracting(TandemSession::getPlannedAt).containsExactly(
        weeksAfter(kickoff, 2), weeksAfter(kickoff, 6), weeksAfter(kickoff, 8), weeksAfter(kickoff, 10));
    assertThat(sessions.sessions(tandem.getId())).extracting(TandemSession::getStatus).containsOnly(SessionStatus.PLANNED);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("Task_PlanSessions").finished().count()).isEqualTo(1);
    assertThat(runtime.getActiveActivityIds(instance.getId())).containsExactly("Timer_SessionReminderDue");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableNameIn(GOALS.name(), SKIP_PERIODS.name(), KICKOFF_SUMMARY.name()).count()).as("free text stays out of history").isZero();
  }

  private static Instant weeksAfter(Instant kickoff, int weeks) {
    return kickoff.atZone(BERLIN).plusWeeks(weeks).toInstant();
  }

  private Mentor qualifiedMentor() {
    Mentor mentor = participants().qualifiedMentor(ApplicationFixtures.application(MENTOR_EMAIL));
    assertThat(mentor.getStatus()).isEqualTo(MentorStatus.QUALIFIED);
    return mentor;
  }

  private Mentee waitlistedMentee() {
    Map<String, Object> variables = EnrollmentFixtures.enrollment(MENTEE_EMAIL);
    variables.put(EnrollmentVariables.FIRST_NAME.name(), "Petra");
    variables.put(EnrollmentVariables.TOPICS.name(), "[\"connected-car\",\"ai-tools\"]");
    variables.put(EnrollmentVariables.LANGUAGE.name(), "de");
    variables.put(EnrollmentVariables.AVAILABILITY.name(), "[\"THU-PM\",\"TUE-AM\",\"FRI-AM\"]");
    Mentee mentee = participants().waitlistedExecutive(variables);
    assertThat(mentee.getStatus()).isEqualTo(MenteeStatus.WAITLISTED);
    return mentee;
  }

  private ProgramParticipants participants() {
    return new ProgramParticipants(runtime, tasks, management, applications, mentees);
  }

  private void loginAs(String userId) {
    Participant.loginAs(identity, userId);
  }

  private static Map<String, Object> goals(String goals) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(GOALS.name(), goals);
    variables.put(CADENCE_WEEKS.name(), 2L);
    variables.put(SESSION_COUNT.name(), 4L);
    variables.put(SESSION_MINUTES.name(), 60L);
    return variables;
  }

  private List<MimeMessage> mailsTo(String address) {
    return Mails.to(smtp.getReceivedMessages(), address);
  }

  private static Instant utc(String icsDateTime) {
    return Instant.parse(icsDateTime.replaceAll("(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z", "$1-$2-$3T$4:$5:$6Z"));
  }

  private static VEvent kickoffEvent(MimeMessage mail) throws Exception {
    Calendar calendar = Mails.calendar(mail);
    assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
