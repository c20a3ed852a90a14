package org.reversementoring.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reversementoring.closing.ClosingVariables.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.reversementoring.content.TopicCatalogue;
import org.reversementoring.content.TopicEditing;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.ProgramParticipants;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.Mails;
import org.reversementoring.support.Participant;
import org.reversementoring.support.TestSmtp;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemDraft;
import org.reversementoring.tandem.TandemService;
import org.reversementoring.tandem.TandemStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On the real app with mails read from SMTP: a tandem that held its sessions is closed the way
 * the lifecycle will call it ({@code tandem-closing}, business key the tandem number, {@code
 * tandemId}): a first round ends with an extension; in the second call both give final feedback
 * again as their own users (replacing the first answers), the coordinator closes, the mentor
 * gets the certificate, both get thanks, the supervisor hears of it and the record is closed.
 */
@AppTest
class TandemClosingJourneyTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String MENTOR_EMAIL = "zoe.closing@example.com";
  private static final String MENTEE_EMAIL = "petra.closing@example.com";

  static final String RETIRED_TOPIC = "online-payments";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired ApplicationService applications;
  @Autowired MenteeService mentees;
  @Autowired TandemService tandems;
  @Autowired FinalFeedbackService feedback;
  @Autowired JdbcTemplate jdbc;
  @Autowired TopicCatalogue catalogue;
  @Autowired TopicEditing topicEditing;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  /** The other tests share the catalogue. */
  @AfterEach
  void offerRetiredTopicAgain() {
    if (catalogue.find(RETIRED_TOPIC).orElseThrow().isRetired()) {
      topicEditing.reinstate("paula", RETIRED_TOPIC);
    }
  }

  @Test
  void extendedOnceThenBothGiveFinalFeedbackAgainTheCoordinatorClosesAndTheMentorGetsTheCertificate() throws Exception {
    Mentor mentor = qualifiedMentor();
    Mentee mentee = waitlistedMentee();
    Tandem tandem = tandems.form(new TandemDraft(mentor.getId(), mentee.getId(), "Spring round",
        LocalDate.now(BERLIN), 87, List.of("Both want AI tools"), false));
    Instant first = Instant.now().minus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plus(9, ChronoUnit.HOURS);
    session(tandem, mentor, 1, "HELD", first, "connected-car");
    session(tandem, mentor, 2, "HELD", first.plus(14, ChronoUnit.DAYS), "ai-tools,connected-car");
    session(tandem, mentor, 3, "NOT_HELD", first.plus(28, ChronoUnit.DAYS), null);
    session(tandem, mentor, 4, "HELD", first.plus(42, ChronoUnit.DAYS), RETIRED_TOPIC);

    // first round: both answer, the coordinator extends by two sessions
    ProcessInstance firstRound = runtime.startProcessInstanceByKey(PROCESS_KEY, tandem.getNumber(),
        Map.of(TANDEM_ID.name(), tandem.getId()));
    Jobs.runDue(management);
    loginAs(mentee.getUserId());
    tasks.complete(taskOf(firstRound, "Task_GiveMenteeFeedback").getId(), answer(3, "First round: e-mail on the phone"));
    loginAs(mentor.getUserId());
    tasks.complete(taskOf(firstRound, "Task_GiveMentorFeedback").getId(), answer(3, "First round: patience"));
    identity.clearAuthentication();
    Jobs.runDue(management);
    loginAs("carla");
    tasks.complete(taskOf(firstRound, "Task_ExtendOrClose").getId(),
        Map.of(CLOSING_DECISION.name(), EXTEND, EXTRA_SESSIONS.name(), 2L));
    identity.clearAuthentication();
    Jobs.runDue(management);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(firstRound.getId())
        .variableName(EXTRA_SESSIONS.name()).singleResult().getValue()).isEqualTo(2);
    assertThat(tandems.find(tandem.getId()).getStatus()).as("extended, still running").isEqualTo(TandemStatus.KICKOFF);
    assertThat(mailsTo(MENTOR_EMAIL)).extracting(Mails::subject).noneMatch(subject -> subject.startsWith("Thank you"));

    // second round, after the extra sessions: same tandem, same people
    ProcessInstance closing = runtime.startProcessInstanceByKey(PROCESS_KEY, tandem.getNumber(),
        Map.of(TANDEM_ID.name(), tandem.getId()));
    Jobs.runDue(management);

    Task mentorTask = taskOf(closing, "Task_GiveMentorFeedback");
    Task menteeTask = taskOf(closing, "Task_GiveMenteeFeedback");
    assertThat(mentorTask.getAssignee()).isEqualTo(mentor.getUserId());
    assertThat(menteeTask.getAssignee()).isEqualTo(mentee.getUserId());
    List<MimeMessage> asksMentor = mailsTo(MENTOR_EMAIL).stream()
        .filter(m -> Mails.subject(m).startsWith("Your final feedback on tandem " + tandem.getNumber())).toList();
    assertThat(asksMentor).as("each round asks again").hasSize(2);
    MimeMessage askMentor = asksMentor.get(1);
    assertThat(Mails.link(askMentor, "/camunda/app/tasklist/")).endsWith("?task=" + mentorTask.getId());
    assertThat(Mails.text(askMentor)).contains("(3 sessions held)");
    MimeMessage askMentee = mailsTo(MENTEE_EMAIL).stream()
        .filter(m -> Mails.subject(m).startsWith("Ihr abschließendes Feedback zu Tandem " + tandem.getNumber()))
        .reduce((earlier, later) -> later).orElseThrow();
    assertThat(Mails.link(askMentee, "/camunda/app/tasklist/")).endsWith("?task=" + menteeTask.getId());

    // the executive can neither see nor complete the mentor's feedback task
    loginAs(mentee.getUserId());
    assertThat(tasks.createTaskQuery().taskId(mentorTask.getId()).count()).isZero();
    assertThatThrownBy(() -> tasks.complete(mentorTask.getId(), answer(1, "Nothing")))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> tasks.complete(menteeTask.getId(), answer(9, "AI tools")))
        .hasRootCauseInstanceOf(RejectedInputException.class).hasMessageContaining("overallRating: must be between 1 and 5");
    tasks.complete(menteeTask.getId(), answer(5, "Prompting an <b>AI</b> assistant"));

    loginAs(mentor.getUserId());
    tasks.complete(mentorTask.getId(), answer(4, "How a finance department decides"));
    identity.clearAuthentication();
    Jobs.runDue(management);

    // the coordinator sees the feedback and closes
    Task decide = taskOf(closing, "Task_ExtendOrClose");
    MimeMessage toCoordinators = mailsTo("carla.becker@example.com").stream()
        .filter(m -> Mails.subject(m).startsWith("Tandem " + tandem.getNumber() + ": extend or close"))
        .reduce((earlier, later) -> later).orElseThrow();
    assertThat(Mails.link(toCoordinators, "/camunda/app/tasklist/")).endsWith("?task=" + decide.getId());
    loginAs("carla");
    assertThat(forms.getTaskFormVariables(decide.getId()).getValue(FEEDBACK_SUMMARY.name(), String.class))
        .as("the coordinator reads English").contains("Sessions held: 3")
        .contains("Mentor: rating 4 of 5").contains("How a finance department decides")
        .contains("Executive: rating 5 of 5").contains("Prompting an <b>AI</b> assistant");
    // a topic the tandem covered is retired before the certificate is made: it keeps its name there
    topicEditing.retire("paula", RETIRED_TOPIC);
    tasks.complete(decide.getId(), Map.of(CLOSING_DECISION.name(), CLOSE, CLOSING_NOTE.name(), "All goals reached"));
    identity.clearAuthentication();
    Jobs.runDue(management);

    // the certificate, read back from the mentor's mail
    MimeMessage certificateMail = single(mailsTo(MENTOR_EMAIL), "Your certificate of participation for tandem " + tandem.getNumber());
    try (PDDocument pdf = Loader.loadPDF(Mails.attachment(certificateMail,
        "participation-certificate-" + tandem.getNumber() + ".pdf"))) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("Zoë Łukasiewicz-Müller")
          .contains("tandem " + tandem.getNumber())
          .contains("with Petra Łęcka-Öztürk")
          .contains("cohort Spring round")
          .contains("3 sessions held")
          .contains("Connected car apps").contains("AI tools").contains("Online shopping and payments");
    }
    MimeMessage thanksMentor = single(mailsTo(MENTOR_EMAIL), "Thank you for tandem " + tandem.getNumber());
    assertThat(Mails.text(thanksMentor)).as("one executive's rating is not shown to the mentor")
        .contains("there are not enough answers yet").doesNotContain("5 of 5");
    single(mailsTo(MENTEE_EMAIL), "Danke für Tandem " + tandem.getNumber());
    // the supervisor (Sven, who chose German) reads it in German, whatever the mentor's language
    MimeMessage toSupervisor = single(mailsTo(ApplicationFixtures.SUPERVISOR_ADDRESS),
        "Tandem " + tandem.getNumber() + " von Zoë Łukasiewicz-Müller ist abgeschlossen");
    assertThat(Mails.text(toSupervisor)).contains("3 Sitzungen mit einer Führungskraft");

    Tandem closed = tandems.find(tandem.getId());
    assertThat(closed.getStatus()).isEqualTo(TandemStatus.CLOSED);
    assertThat(closed.getEndReason()).isEqualTo("All goals reached");
    assertThat(closed.getEndedAt()).isNotNull();
    assertThat(feedback.answers(tandem.getId())).as("the second round replaced the first").hasSize(2)
        .extracting(FinalFeedback::getLearned)
        .containsExactlyInAnyOrder("How a finance department decides", "Prompting an <b>AI</b> assistant");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(closing.getId()).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(closing.getId())
        .variableNameIn(LEARNED.name(), FEEDBACK_COMMENT.name(), FEEDBACK_SUMMARY.name(), CLOSING_NOTE.name()).count())
        .as("free text stays out of history").isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(closing.getId())
        .variableName(CLOSING_DECISION.name()).singleResult().getValue()).isEqualTo(CLOSE);
  }

  private void session(Tandem tandem, Mentor mentor, int position, String status, Instant at, String topics) {
    jdbc.update("insert into tandem_session (tandem_id, position, mentor_id, planned_at, planned_minutes, status,"
        + " held_at, topics, calendar_sequence, version) values (?, ?, ?, ?, 60, ?, ?, ?, 0, 0)",
        tandem.getId(), position, mentor.getId(), Timestamp.from(at), status,
        "HELD".equals(status) ? Timestamp.from(at) : null, topics);
  }

  private Task taskOf(ProcessInstance instance, String activityId) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).singleResult();
  }

  private static Map<String, Object> answer(int rating, String learned) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(OVERALL_RATING.name(), rating);
    variables.put(LEARNED.name(), learned);
    variables.put(WOULD_RECOMMEND.name(), "yes");
    variables.put(WOULD_TAKE_PART_AGAIN.name(), "yes");
    return variables;
  }

  private Mentor qualifiedMentor() {
    return participants().qualifiedMentor(ApplicationFixtures.application(MENTOR_EMAIL));
  }

  private Mentee waitlistedMentee() {
    Map<String, Object> variables = EnrollmentFixtures.enrollment(MENTEE_EMAIL);
    variables.put(EnrollmentVariables.FIRST_NAME.name(), "Petra");
    variables.put(EnrollmentVariables.TOPICS.name(), "[\"connected-car\",\"ai-tools\"]");
    variables.put(EnrollmentVariables.LANGUAGE.name(), "de");
    return participants().waitlistedExecutive(variables);
  }

  private ProgramParticipants participants() {
    return new ProgramParticipants(runtime, tasks, management, applications, mentees);
  }


  private void loginAs(String userId) {
    Participant.loginAs(identity, userId);
  }

  private List<MimeMessage> mailsTo(String address) {
    return Mails.to(smtp.getReceivedMessages(), address);
  }

  private static MimeMessage single(List<MimeMessage> mails, String subjectStart) {
    List<MimeMessage> matching = mails.stream().filter(m -> Mails.subject(m).startsWith(subjectStart)).toList();
    assertThat(matching).as("mails starting with " + subjectStart + " among " + mails.stream().map(Mails::subject).toList())
        .hasSize(1);
    return matching.get(0);
  }

}
