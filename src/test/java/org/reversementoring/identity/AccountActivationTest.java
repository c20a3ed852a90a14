package org.reversementoring.identity;

import org.reversementoring.support.TestSmtp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reversementoring.recruitment.RecruitmentVariables.*;
import static org.reversementoring.support.Pages.assertRefused;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.Mails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Participant accounts on the real app: activation links in the process mails, the activation
 * and request pages, and what an activated participant can reach through the REST API.
 */
@AppTest
class AccountActivationTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  private static final String PASSWORD = "correct horse battery";
  private static final String ACTIVATE_LINK = "/activate?token=";
  private static final String REQUESTED = "If an account exists, a new link is on its way";
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {
      };

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ProcessEngine processEngine;
  @Autowired ParticipantDirectory directory;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;

  @BeforeEach
  void restApiUsesThisAppsEngine() {
    // the REST API looks up "default" in Camunda's static registry, which another test's
    // Spring context may hold (see RestApiSecurityTest)
    ProcessEngines.init();
    ProcessEngines.registerProcessEngine(processEngine);
  }

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void receiptAndConsentMailsCarryALinkWithWhichTheSupervisorSeesExactlyTheConsentTask() {
    String supervisor = "act.sup.a@example.com";
    apply("act.appr.a@example.com", supervisor);

    MimeMessage receipt = single("act.appr.a@example.com");
    String receiptLink = Mails.link(receipt, ACTIVATE_LINK);
    assertThat(receiptLink).matches("http://mentoring\\.test/activate\\?token=[A-Za-z0-9_-]{43}");
    assertThat(Mails.html(receipt)).contains("Before you open your tasks, set your password:");
    assertThat(Mails.text(receipt)).contains("Before you open your tasks, set your password: " + receiptLink);

    MimeMessage consent = single(supervisor);
    String token = token(Mails.link(consent, ACTIVATE_LINK));
    assertThat(token).isNotEqualTo(token(receiptLink));
    String consentTaskId = taskId(Mails.link(consent, "/camunda/app/tasklist/default/#/?task="));
    String supervisorId = directory.findByEmail(supervisor).orElseThrow().userId();
    assertThat(storedHashesOf(supervisorId)).as("only the hash is stored")
        .contains(AccountActivation.hash(token)).doesNotContain(token);
    assertThat(directory.hasPassword(supervisorId)).isFalse();

    ResponseEntity<String> page = http.getForEntity(ACTIVATE_LINK + token, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Set your password").contains(supervisorId);
    assertThat(page.getHeaders().getCacheControl()).isEqualTo("no-store");
    ResponseEntity<String> done = activate(hiddenToken(page.getBody()), PASSWORD, PASSWORD);
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(done.getBody()).contains("Your password is set").contains(supervisorId)
        .contains("href=\"/camunda/app/tasklist/\"");

    assertThat(identity.checkPassword(supervisorId, PASSWORD)).isTrue();
    assertThat(taskIds(supervisorId, "/engine-rest/task")).containsExactly(consentTaskId);
    assertThat(storedHashesOf(supervisorId)).as("every link of the account is used up").isEmpty();

    ResponseEntity<String> replay = activate(token, "another password 123", "another password 123");
    assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(replay.getBody()).contains("token: this link is no longer valid");
    assertThat(http.getForObject(ACTIVATE_LINK + token, String.class)).contains("This link is no longer valid");
    assertThat(identity.checkPassword(supervisorId, PASSWORD)).as("the password stays").isTrue();
  }

  @Test
  void aLinkWorksForSevenDaysAndIsRefusedAfterwards() {
    apply("act.appr.b@example.com", "act.sup.b@example.com");
    String token = token(Mails.link(single("act.appr.b@example.com"), ACTIVATE_LINK));
    String userId = directory.findByEmail("act.appr.b@example.com").orElseThrow().userId();

    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(6))));
    assertThat(http.getForObject(ACTIVATE_LINK + token, String.class)).contains("name=\"password\"");

    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(8))));
    assertThat(http.getForObject(ACTIVATE_LINK + token, String.class))
        .contains("This link is no longer valid").doesNotContain("name=\"password\"");
    ResponseEntity<String> late = activate(token, PASSWORD, PASSWORD);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(late.getBody()).contains("token: this link is no longer valid");
    assertThat(directory.hasPassword(userId)).isFalse();
  }

  @Test
  void forgedTokensAndWeakPasswordsAreRefusedAndChangeNothing() {
    apply("act.appr.c@example.com", "act.sup.c@example.com");
    String token = token(Mails.link(single("act.appr.c@example.com"), ACTIVATE_LINK));
    String userId = directory.findByEmail("act.appr.c@example.com").orElseThrow().userId();

    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    for (String bad : List.of(forged, AccountActivation.hash(token), "", "<script>alert(1)</script>")) {
      ResponseEntity<String> refused = activate(bad, PASSWORD, PASSWORD);
      assertThat(refused.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).contains("token: this link is no longer valid").doesNotContain("<script>alert");
    }
    ResponseEntity<String> opened = http.getForEntity("/activate?token={token}", String.class, "<script>alert(1)</script>");
    assertThat(opened.getStatusCode()).as("a link that is not valid is refused").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(opened.getBody()).contains("This link is no longer valid").doesNotContain("<script>alert");

    ResponseEntity<String> tooShort = activate(token, "nine char", "nine char");
    assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooShort.getBody()).contains("password: must be at least 10 characters long")
        .contains("name=\"password\"");
    ResponseEntity<String> blank = activate(token, "            ", "            ");
    assertThat(blank.getBody()).contains("password: must be at least 10 characters long");
    ResponseEntity<String> run = activate(token, "aaaaaaaaaa", "aaaaaaaaaa");
    assertThat(run.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(run.getBody()).contains("password: must not be a run or sequence of characters");
    ResponseEntity<String> ownId = activate(token, userId + "-2026-mentoring", userId + "-2026-mentoring");
    assertThat(ownId.getBody()).contains("password: is too easy to guess");
    ResponseEntity<String> mismatch = activate(token, PASSWORD, PASSWORD + "!");
    assertThat(mismatch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(mismatch.getBody()).contains("passwordConfirmation: must repeat the password exactly");
    assertThat(directory.hasPassword(userId)).as("nothing changed").isFalse();
    assertThat(storedHashesOf(userId)).contains(AccountActivation.hash(token));

    assertThat(activate(token, PASSWORD, PASSWORD).getBody()).as("the link still works")
        .contains("Your password is set");
    assertThat(identity.checkPassword(userId, PASSWORD)).isTrue();
  }

  @Test
  void afterActivationTheNextMailsCarryNoActivationLink() {
    String apprentice = "act.appr.d@example.com";
    String supervisor = "act.sup.d@example.com";
    ProcessInstance instance = apply(apprentice, supervisor);
    activate(token(Mails.link(single(apprentice), ACTIVATE_LINK)), PASSWORD, PASSWORD);
    activate(token(Mails.link(single(supervisor), ACTIVATE_LINK)), PASSWORD, PASSWORD);

    completeOnlyTask(instance, Map.of(SUPERVISOR_DECISION.name(), "consent"));
    completeOnlyTask(instance, Map.of(REVIEW_DECISION.name(), "interview", DECISION_REASON.name(), "Strong topics"));
    List<MimeMessage> toApprentice = Mails.to(smtp.getReceivedMessages(), apprentice);
    assertThat(toApprentice).hasSize(2);
    assertThat(Mails.subject(toApprentice.get(1))).contains("we would like to meet you");
    assertNoActivationLink(toApprentice.get(1));

    apply("act.appr.d2@example.com", supervisor);
    List<MimeMessage> toSupervisor = Mails.to(smtp.getReceivedMessages(), supervisor);
    assertThat(toSupervisor).hasSize(2);
    assertThat(Mails.subject(toSupervisor.get(1))).startsWith("Please release");
    assertNoActivationLink(toSupervisor.get(1));
    assertThat(Mails.html(single("act.appr.d2@example.com"))).as("a new applicant still gets one")
        .contains(ACTIVATE_LINK);
  }

  @Test
  void aNewLinkIsMailedOnlyToAParticipantWithoutPasswordAndTheAnswerNeverTells() throws Exception {
    ResponseEntity<String> unknown = requestLink("nobody.at.all@example.com", "en");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(unknown.getBody()).contains(REQUESTED);
    assertThat(smtp.getReceivedMessages()).isEmpty();

    String apprentice = "act.appr.e@example.com";
    apply(apprentice, "act.sup.e@example.com");
    String firstToken = token(Mails.link(single(apprentice), ACTIVATE_LINK));
    smtp.purgeEmailFromAllMailboxes();

    ResponseEntity<String> known = requestLink("  ACT.Appr.E@Example.com ", "de");
    assertThat(known.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(known.getBody()).as("the page in the browser's language, the same for everyone")
        .isEqualTo(requestLink("nobody.at.all@example.com", "de").getBody());
    MimeMessage mail = single(apprentice);
    assertThat(Mails.subject(mail)).as("in the English apprentice's language, not the German page's")
        .isEqualTo("Set your password for Reverse Mentoring");
    String userId = directory.findByEmail(apprentice).orElseThrow().userId();
    assertThat(Mails.text(mail)).contains("Your user name is " + userId).contains("7 days");
    String newToken = token(Mails.link(mail, ACTIVATE_LINK));

    assertThat(http.getForObject(ACTIVATE_LINK + newToken, String.class)).contains("name=\"password\"");
    assertThat(activate(newToken, PASSWORD, PASSWORD).getBody()).contains("Your password is set");
    assertThat(identity.checkPassword(userId, PASSWORD)).isTrue();
    assertThat(activate(firstToken, PASSWORD + "2", PASSWORD + "2").getStatusCode())
        .as("using one link invalidates the older ones").isEqualTo(HttpStatus.BAD_REQUEST);

    smtp.purgeEmailFromAllMailboxes();
    ResponseEntity<String> activated = requestLink(apprentice, "en");
    assertThat(activated.getBody()).isEqualTo(unknown.getBody());
    assertThat(smtp.getReceivedMessages()).as("an account with a password gets no link").isEmpty();
    assertThat(http.getForObject("/activate/request", String.class)).contains("name=\"email\"");
    assertRefused(requestLink(" ", "en"), HttpStatus.BAD_REQUEST, "Please enter your email address");
  }

  @Test
  void anActivatedApprenticeCannotReadAnotherApprenticesTasksOrData() {
    ProcessInstance instanceA = apply("act.appr.fa@example.com", "act.sup.fa@example.com");
    ProcessInstance instanceB = apply("act.appr.fb@example.com", "act.sup.fb@example.com");
    activate(token(Mails.link(single("act.appr.fa@example.com"), ACTIVATE_LINK)), PASSWORD, PASSWORD);
    activate(token(Mails.link(single("act.appr.fb@example.com"), ACTIVATE_LINK)), PASSWORD, PASSWORD);
    String a = directory.findByEmail("act.appr.fa@example.com").orElseThrow().userId();
    String b = directory.findByEmail("act.appr.fb@example.com").orElseThrow().userId();
    assertThat(identity.checkPassword(b, PASSWORD)).isTrue();

    List<String> tasksOfB = tasks.createTaskQuery().processInstanceId(instanceB.getId()).list()
        .stream().map(Task::getId).toList();
    assertThat(tasksOfB).isNotEmpty();
    String taskOfB = tasksOfB.get(0);
    String numberOfB = instanceB.getBusinessKey();
    assertThat(instanceA.getBusinessKey()).isNotEqualTo(numberOfB);

    for (String url : List.of("/engine-rest/task/" + taskOfB,
        "/engine-rest/task/" + taskOfB + "/variables",
        "/engine-rest/task/" + taskOfB + "/form-variables",
        "/engine-rest/process-instance/" + instanceB.getId(),
        "/engine-rest/process-instance/" + instanceB.getId() + "/variables")) {
      ResponseEntity<String> response = http.withBasicAuth(a, PASSWORD).getForEntity(url, String.class);
      assertThat(response.getStatusCode()).as(url).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
      assertThat(response.getBody()).as(url).doesNotContain(numberOfB).doesNotContain(APPLICATION_SUMMARY.name())
          .doesNotContain(APPLICATION_NUMBER.name()).doesNotContain(SUPERVISOR_USER_ID.name()).doesNotContain("Zoë");
    }
    assertThat(http.withBasicAuth(DemoUser.CARLA.id(), DemoUser.CARLA.password())
        .getForObject("/engine-rest/process-instance/" + instanceB.getId() + "/variables", String.class))
        .as("control: a coordinator does read them").contains(numberOfB);
    assertThat(taskIds(a, "/engine-rest/task")).doesNotContainAnyElementsOf(tasksOfB);
    assertThat(taskIds(a, "/engine-rest/task?processInstanceId=" + instanceB.getId())).isEmpty();
    for (String url : List.of("/engine-rest/process-instance?processInstanceIds=" + instanceB.getId(),
        "/engine-rest/variable-instance?processInstanceIdIn=" + instanceB.getId(),
        "/engine-rest/history/variable-instance?processInstanceId=" + instanceB.getId(),
        "/engine-rest/history/process-instance?processInstanceId=" + instanceB.getId(),
        "/engine-rest/history/task?processInstanceId=" + instanceB.getId())) {
      ResponseEntity<String> response = http.withBasicAuth(a, PASSWORD).getForEntity(url, String.class);
      assertThat(response.getStatusCode()).as(url).isIn(HttpStatus.OK, HttpStatus.FORBIDDEN);
      assertThat(response.getBody()).as(url).doesNotContain(instanceB.getId()).doesNotContain(numberOfB);
    }
  }

  private ProcessInstance apply(String email, String supervisorEmail) {
    Map<String, Object> variables = ApplicationFixtures.application(email, supervisorEmail);
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, variables);
    Jobs.runDue(management);
    return instance;
  }

  private void completeOnlyTask(ProcessInstance instance, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    tasks.complete(task.getId(), variables);
    Jobs.runDue(management);
  }

  private ResponseEntity<String> activate(String token, String password, String confirmation) {
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("token", token);
    form.add("password", password);
    form.add("passwordConfirmation", confirmation);
    return http.postForEntity("/activate", new HttpEntity<>(form, formHeaders("en")), String.class);
  }

  private ResponseEntity<String> requestLink(String email, String language) {
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("email", email);
    return http.postForEntity("/activate/request", new HttpEntity<>(form, formHeaders(language)), String.class);
  }

  private static HttpHeaders formHeaders(String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return headers;
  }

  private List<Object> taskIds(String userId, String url) {
    ResponseEntity<List<Map<String, Object>>> response =
        http.withBasicAuth(userId, PASSWORD).exchange(url, HttpMethod.GET, null, LIST);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody().stream().map(task -> task.get("id")).toList();
  }

  private List<String> storedHashesOf(String userId) {
    return jdbc.queryForList("select token_hash from activation_token where user_id = ?", String.class, userId);
  }

  private static void assertNoActivationLink(MimeMessage mail) {
    assertThat(Mails.html(mail)).doesNotContain("/activate").doesNotContain("set your password");
    assertThat(Mails.text(mail)).doesNotContain("/activate").doesNotContain("set your password");
  }

  private static String hiddenToken(String page) {
    Matcher matcher = Pattern.compile("name=\"token\" value=\"([^\"]*)\"").matcher(page);
    assertThat(matcher.find()).as("hidden token field").isTrue();
    return matcher.group(1);
  }

  private static String token(String link) {
    return link.substring(link.indexOf("token=") + "token=".length());
  }

  private static String taskId(String link) {
    return link.substring(link.indexOf("task=") + "task=".length());
  }

  private MimeMessage single(String address) {
    List<MimeMessage> mails = Mails.to(smtp.getReceivedMessages(), address);
    assertThat(mails).as("mails to " + address).hasSize(1);
    return mails.get(0);
  }
}
