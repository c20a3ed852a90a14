package org.reversementoring.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reversementoring.recruitment.RecruitmentVariables.DEPARTMENT;
import static org.reversementoring.recruitment.RecruitmentVariables.FIRST_NAME;
import static org.reversementoring.recruitment.RecruitmentVariables.LAST_NAME;
import static org.reversementoring.recruitment.RecruitmentVariables.REVIEW_DECISION;
import static org.reversementoring.recruitment.RecruitmentVariables.SUPERVISOR_DECISION;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.identity.DemoUser;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.Mails;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The coordinators' morning digest on a seeded program, sent by the real model (coordinator-digest)
 * over SMTP: what escalated, what became overdue and what waits, each with its link, once a day
 * from 07:00, in each coordinator's language; nobody outside the coordinators, nobody who switched
 * it off, nothing when nothing waits.
 */
@AppTest
class MorningDigestTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String DORA = "doradigest";
  private static final String OLAF = "olafdigest";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired DigestSubscriptions subscriptions;

  private final List<String> cases = new ArrayList<>();
  /** 07:30 tomorrow in the program's zone. */
  private final ZonedDateTime morning = LocalDate.now(BERLIN).plusDays(1).atTime(7, 30).atZone(BERLIN);

  @BeforeEach
  void twoMoreCoordinators() {
    coordinator(DORA, "Dora", "dora.digest@example.com", "de");
    coordinator(OLAF, "Olaf", "olaf.digest@example.com", "en");
    subscriptions.choose(OLAF, false);
  }

  @AfterEach
  void putBack() {
    cases.forEach(number -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).list()
        .forEach(instance -> runtime.deleteProcessInstanceIfExists(instance.getId(), "test over", true, true, false, false)));
    subscriptions.choose(OLAF, true);
    identity.deleteUser(DORA);
    identity.deleteUser(OLAF);
    repository.updateProcessDefinitionSuspensionState().byProcessDefinitionKey(MorningDigestMails.PROCESS_KEY).suspend();
    assertThat(management.createJobQuery().processDefinitionKey(MorningDigestMails.PROCESS_KEY).active().count())
        .as("the hourly timer rests with the process").isZero();
  }

  @Test
  void eachCoordinatorGetsOneDigestAMorningWithWhatEscalatedBecameOverdueAndWaits() throws Exception {
    String escalatedInterview = interviewInvited(at(Duration.ofDays(17).plusHours(6)), "Emil", "Graf");
    String escalatedConsent = applied(at(Duration.ofDays(10).plusHours(6)), "Dana", "Vogt");
    String overdueReview = consented(at(Duration.ofDays(5).plusHours(12)), "Anton", "Berg");
    String waitingReview = consented(at(Duration.ofDays(1)), "Berta", "Lind");
    String waitingEnrollment = enrolled(at(Duration.ofHours(2)));

    runDigests(morning.minusHours(1));
    assertThat(digests()).as("before 07:00 in the program's zone").isEmpty();

    runDigests(morning);
    List<MimeMessage> sent = digests();
    assertThat(sent).flatExtracting(Mails::addresses).as("the coordinators who did not switch it off")
        .containsExactlyInAnyOrder(DemoUser.CARLA.email(), "dora.digest@example.com");
    DateTimeFormatter english = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH);
    MimeMessage carla = Mails.single(Mails.to(sent.toArray(MimeMessage[]::new), DemoUser.CARLA.email()), "Program tasks");
    assertThat(Mails.subject(carla)).isEqualTo("Program tasks on " + english.format(morning)
        + ": 3 waiting for you, 1 newly overdue, 2 escalated");
    String text = Mails.text(carla);
    assertThat(section(text, "Escalated")).containsSubsequence(
        escalatedInterview + " · Emil Graf · Aftersales · Connected car apps, AI tools – Record interview result, due ",
        escalatedConsent + " · Dana Vogt · Aftersales · Connected car apps, AI tools – Give consent as training supervisor");
    assertThat(section(text, "Newly overdue for you (1)")).contains(
        overdueReview + " · Anton Berg · Aftersales · Connected car apps, AI tools – Review application, due "
            + english.format(morning.minusHours(12)), taskLink(overdueReview));
    assertThat(section(text, "Waiting for you (3)")).containsSubsequence(
        escalatedConsent + " · Dana Vogt", "Chase supervisor consent", waitingReview + " · Berta Lind",
        "Review application, due " + english.format(morning.plusDays(4)),
        waitingEnrollment + " · Jürgen Łęcka-Öztürk · Finance · AI tools, Social media – Confirm enrollment");
    assertThat(Mails.html(carla)).contains("href=\"" + taskLink(waitingReview) + "\"")
        .contains("http://mentoring.test/me");

    MimeMessage dora = Mails.single(Mails.to(sent.toArray(MimeMessage[]::new), "dora.digest@example.com"),
        "Programmaufgaben");
    assertThat(Mails.subject(dora)).isEqualTo("Programmaufgaben am "
        + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMAN).format(morning)
        + ": 3 warten auf Sie, 1 neu überfällig, 2 eskaliert");
    assertThat(Mails.text(dora)).contains("Guten Morgen", "Neu überfällig für Sie (1)", "fällig am");

    runDigests(morning.plusHours(2));
    assertThat(digests()).as("one a day").hasSize(2);
  }

  @Test
  void nothingWaitsNoMail() throws Exception {
    runDigests(morning.plusDays(3));
    assertThat(digests()).isEmpty();
  }

  @Test
  void aCoordinatorSwitchesTheDigestOffAndOnOnTheProgramPage() {
    TestRestTemplate carla = http.withBasicAuth(DemoUser.CARLA.id(), DemoUser.CARLA.password());
    assertThat(carla.getForObject("/me", String.class)).contains("id=\"me-digest\"", "Morning digest by mail: on");

    assertThat(choose(carla, "false").getBody()).contains("Morning digest by mail: off");
    assertThat(subscriptions.receives(DemoUser.CARLA.id())).isFalse();
    assertThat(choose(carla, "true").getBody()).contains("Morning digest by mail: on");
    assertThat(subscriptions.receives(DemoUser.CARLA.id())).isTrue();

    ResponseEntity<String> bad = choose(carla, "maybe");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).isEqualTo("receive: must be true or false");
    TestRestTemplate paula = http.withBasicAuth(DemoUser.PAULA.id(), DemoUser.PAULA.password());
    assertThat(paula.getForObject("/me", String.class)).doesNotContain("me-digest");
    assertThat(choose(paula, "true").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(subscriptions.receives(DemoUser.CARLA.id())).isTrue();
  }

  private ResponseEntity<String> choose(TestRestTemplate user, String receive) {
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("receive", receive);
    return user.postForEntity("/me/digest", form, String.class);
  }

  /** The hourly run at this moment, as its timer starts it. */
  private void runDigests(ZonedDateTime when) {
    repository.updateProcessDefinitionSuspensionState().byProcessDefinitionKey(MorningDigestMails.PROCESS_KEY).activate();
    ClockUtil.setCurrentTime(Date.from(when.toInstant()));
    Jobs.runDue(management);
    runtime.startProcessInstanceByKey(MorningDigestMails.PROCESS_KEY);
    Jobs.runDue(management);
  }

  /** Every digest the test mail server received, to anyone. */
  private List<MimeMessage> digests() throws Exception {
    List<MimeMessage> digests = new ArrayList<>();
    for (MimeMessage mail : smtp.getReceivedMessages()) {
      String subject = Mails.subject(mail);
      if (subject.startsWith("Program tasks on") || subject.startsWith("Programmaufgaben am")) {
        digests.add(mail);
      }
    }
    return digests;
  }

  /** The lines of the plain-text part from the list's heading to the next heading or the end of the lists. */
  private static String section(String text, String heading) {
    int start = text.indexOf(heading);
    assertThat(start).as(heading + " in\n" + text).isNotNegative();
    int end = text.indexOf("\n\n", start);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  private String taskLink(String businessKey) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    return "http://mentoring.test/camunda/app/tasklist/default/#/?task=" + task.getId();
  }

  private ZonedDateTime at(Duration beforeTheMorning) {
    return morning.minus(beforeTheMorning);
  }

  /** Waiting for the supervisor's consent since then. */
  private String applied(ZonedDateTime when, String firstName, String lastName) {
    ClockUtil.setCurrentTime(Date.from(when.toInstant()));
    Map<String, Object> form = ApplicationFixtures.application(firstName.toLowerCase() + "." + UUID.randomUUID()
        + "@example.com");
    FIRST_NAME.putIn(form, firstName);
    LAST_NAME.putIn(form, lastName);
    DEPARTMENT.putIn(form, "Aftersales");
    String number = runtime.startProcessInstanceByKey("mentor-recruitment", form).getBusinessKey();
    cases.add(number);
    Jobs.runDue(management);
    return number;
  }

  /** Waiting for the coordinators' review since then. */
  private String consented(ZonedDateTime when, String firstName, String lastName) {
    String number = applied(when, firstName, lastName);
    complete(number, Map.of(SUPERVISOR_DECISION.name(), "consent"));
    return number;
  }

  /** Waiting for the interview result since then. */
  private String interviewInvited(ZonedDateTime when, String firstName, String lastName) {
    String number = consented(when, firstName, lastName);
    complete(number, Map.of(REVIEW_DECISION.name(), "interview"));
    return number;
  }

  private String enrolled(ZonedDateTime when) {
    ClockUtil.setCurrentTime(Date.from(when.toInstant()));
    String number = runtime.startProcessInstanceByKey("mentee-enrollment",
        EnrollmentFixtures.enrollment("exec." + UUID.randomUUID() + "@example.com")).getBusinessKey();
    cases.add(number);
    Jobs.runDue(management);
    return number;
  }

  private void complete(String businessKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    tasks.complete(task.getId(), variables);
    Jobs.runDue(management);
  }

  private void coordinator(String id, String firstName, String email, String language) {
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName("Digest");
    user.setEmail(email);
    identity.saveUser(user);
    identity.createMembership(id, "coordinators");
    identity.setUserInfo(id, "language", language);
  }
}
