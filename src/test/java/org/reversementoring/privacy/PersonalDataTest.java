package org.reversementoring.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.reversementoring.common.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.notification.NotificationRepository;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.ApplicationStatus;
import org.reversementoring.recruitment.MentorApplication;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A participant downloads and erases their own data; retention erases closed cases. */
@AppTest
class PersonalDataTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ApplicationService applications;
  @Autowired NotificationRepository notifications;
  @Autowired PersonalDataErasure erasure;
  @Autowired MenteeService mentees;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void participantDownloadsOnlyTheirOwnData() {
    Applicant mia = apply("mia.export@example.com", "Mia");
    apply("noah.export@example.com", "Noah");

    ResponseEntity<Map> response = http.withBasicAuth(mia.userId, mia.password).getForEntity("/api/me/data", Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> applicant = (Map<String, Object>) response.getBody().get("applicant");
    assertThat(applicant).containsEntry("email", "mia.export@example.com").containsEntry("firstName", "Mia");
    List<Map<String, Object>> own = (List<Map<String, Object>>) applicant.get("applications");
    assertThat(own).singleElement().satisfies(a -> assertThat(a)
        .containsEntry("number", mia.number)
        .containsEntry("status", "SUBMITTED")
        .containsEntry("motivation", "Ich erkläre Apps <b>gern</b>."));
    assertThat((List<Map<String, Object>>) response.getBody().get("mails"))
        .extracting(m -> m.get("template")).contains("application-received");
    assertThat(response.getBody().toString()).doesNotContain("noah.export@example.com").doesNotContain("Noah");
  }

  @Test
  void ownDataNeedsALogin() {
    assertThat(http.getForEntity("/api/me/data", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("carla", "wrong").postForEntity("/api/me/erasure", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void withNothingToEraseTheAnswerSaysSoInThePersonsLanguage() {
    for (Map.Entry<String, String> reader : Map.of("de", "Zu Ihrem Konto gibt es keine Bewerbung",
        "en", "There are no application or enrollment records for your account").entrySet()) {
      String userId = "nothingtoerase" + reader.getKey();
      User user = identity.newUser(userId);
      user.setPassword("a-long-password-for-" + userId);
      identity.saveUser(user);
      identity.setUserInfo(userId, Language.USER_INFO_KEY, reader.getKey());

      ResponseEntity<Map> refused = http.withBasicAuth(userId, "a-long-password-for-" + userId)
          .postForEntity("/api/me/erasure", null, Map.class);

      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(String.valueOf(refused.getBody().get("message"))).startsWith(reader.getValue());
      identity.deleteUser(userId);
    }
  }

  @Test
  void erasureOnRequestEndsTheOpenApplicationAndLeavesOnlyStatistics() {
    Applicant ella = apply("ella.erase@example.com", "Ella");

    ResponseEntity<Map> response = http.withBasicAuth(ella.userId, ella.password).postForEntity("/api/me/erasure", null, Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<String>) response.getBody().get("endedApplications")).containsExactly(ella.number);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ella.number).count()).isZero();
    assertErased(ella);
    assertThat(http.withBasicAuth(ella.userId, ella.password).getForEntity("/api/me/data", String.class).getStatusCode())
        .as("the account is gone").isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void retentionErasesClosedCasesOnlyAfterTheirPeriod() {
    Applicant rejected = apply("rita.retention@example.com", "Rita");
    Applicant stillOpen = apply("otis.retention@example.com", "Otis");
    decide(rejected, "reject");

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(179))));
    assertThat(erasure.eraseExpired()).as("inside the 180 days").isZero();

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(2))));
    assertThat(erasure.eraseExpired()).as("other tests' closed cases may expire too").isPositive();
    assertErased(rejected);
    assertThat(application(rejected).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(application(stillOpen).getMentor().getFirstName()).as("open cases are kept").isEqualTo("Otis");
    assertThat(erasure.eraseExpired()).as("nothing twice").isZero();
  }

  @Test
  void retentionErasesDeclinedEnrollmentsButKeepsTheWaitlist() {
    String declined = enrol("dora.declined@example.com", "Dora");
    String waiting = enrol("wim.waiting@example.com", "Wim");
    completeTask(declined, Map.of(EnrollmentVariables.ENROLLMENT_DECISION.name(), "decline", EnrollmentVariables.DECISION_REASON.name(), "Not now"));
    completeTask(waiting, Map.of(EnrollmentVariables.ENROLLMENT_DECISION.name(), "confirm"));

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(181))));
    assertThat(erasure.eraseExpired()).isPositive();

    Mentee erased = mentees.findByNumber(declined).orElseThrow();
    assertThat(erased.getFirstName()).isEqualTo("(erased)");
    assertThat(erased.getDecisionReason()).isNull();
    assertThat(identity.createUserQuery().userEmail("dora.declined@example.com").count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(declined).count()).isZero();
    assertThat(mentees.findByNumber(waiting).orElseThrow().getFirstName()).as("the waitlist is kept").isEqualTo("Wim");
  }

  private String enrol(String email, String firstName) {
    ProcessInstance enrollment = runtime.startProcessInstanceByKey(EnrollmentVariables.PROCESS_KEY, Map.ofEntries(
        Map.entry(EnrollmentVariables.FIRST_NAME.name(), firstName), Map.entry(EnrollmentVariables.LAST_NAME.name(), "Beispiel"),
        Map.entry(EnrollmentVariables.EMAIL.name(), email), Map.entry(EnrollmentVariables.DEPARTMENT.name(), "Sales"),
        Map.entry(EnrollmentVariables.MANAGEMENT_LEVEL.name(), "team-lead"), Map.entry(EnrollmentVariables.BIRTH_YEAR.name(), 1970),
        Map.entry(EnrollmentVariables.TOPICS.name(), "[\"social-media\"]"), Map.entry(EnrollmentVariables.LANGUAGE.name(), "en"),
        Map.entry(EnrollmentVariables.LOCATION.name(), "Hamburg"), Map.entry(EnrollmentVariables.AVAILABILITY.name(), "[\"MON-AM\"]"),
        Map.entry(EnrollmentVariables.EXCLUSIONS.name(), "")));
    Jobs.runDue(management);
    return enrollment.getBusinessKey();
  }

  @Test
  void executiveDownloadsAndErasesTheirEnrollment() {
    ProcessInstance enrollment = runtime.startProcessInstanceByKey(EnrollmentVariables.PROCESS_KEY, Map.ofEntries(
        Map.entry(EnrollmentVariables.FIRST_NAME.name(), "Henrike"), Map.entry(EnrollmentVariables.LAST_NAME.name(), "Groß"),
        Map.entry(EnrollmentVariables.EMAIL.name(), "henrike.gross@example.com"),
        Map.entry(EnrollmentVariables.DEPARTMENT.name(), "Controlling"),
        Map.entry(EnrollmentVariables.MANAGEMENT_LEVEL.name(), "director"), Map.entry(EnrollmentVariables.BIRTH_YEAR.name(), 1966),
        Map.entry(EnrollmentVariables.TOPICS.name(), "[\"ai-tools\"]"), Map.entry(EnrollmentVariables.LANGUAGE.name(), "de"),
        Map.entry(EnrollmentVariables.LOCATION.name(), "Ingolstadt"),
        Map.entry(EnrollmentVariables.AVAILABILITY.name(), "[\"WED-PM\"]"),
        Map.entry(EnrollmentVariables.EXCLUSIONS.name(), "my.boss@example.com")));
    Jobs.runDue(management);
    User user = identity.createUserQuery().userEmail("henrike.gross@example.com").singleResult();
    user.setPassword("a-long-password-Henrike");
    identity.saveUser(user);
    String number = enrollment.getBusinessKey();

    Map<String, Object> data = http.withBasicAuth(user.getId(), "a-long-password-Henrike")
        .getForObject("/api/me/data", Map.class);
    assertThat((List<Map<String, Object>>) data.get("enrollments")).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("number", number).containsEntry("lastName", "Groß")
        .containsEntry("exclusions", List.of("my.boss@example.com")));

    ResponseEntity<Map> erased = http.withBasicAuth(user.getId(), "a-long-password-Henrike")
        .postForEntity("/api/me/erasure", null, Map.class);
    assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<String>) erased.getBody().get("endedApplications")).containsExactly(number);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isZero();
    Mentee mentee = mentees.findByNumber(number).orElseThrow();
    assertThat(mentee.getLastName()).isEqualTo("(erased)");
    assertThat(mentee.getEmail()).endsWith("@erased.invalid");
    assertThat(mentee.getExclusions()).isEmpty();
    assertThat(mentee.getDepartment()).as("statistics stay").isEqualTo("Controlling");
    assertThat(identity.createUserQuery().userId(user.getId()).count()).isZero();
    assertThat(notifications.findByRecipientsOrderByIdAsc("henrike.gross@example.com")).isEmpty();
  }

  private void assertErased(Applicant person) {
    MentorApplication application = application(person);
    assertThat(application.getMentor().getFirstName()).isEqualTo("(erased)");
    assertThat(application.getMentor().getEmail()).doesNotContain(person.email).endsWith("@erased.invalid");
    assertThat(application.getMotivation()).isNull();
    assertThat(application.getMentor().getBirthYear()).isNull();
    assertThat(application.getMentor().getAvailability()).isEmpty();
    assertThat(application.getMentor().getDepartment()).as("statistics stay").isEqualTo("Finance IT");
    assertThat(application.getTopicCodes()).isNotEmpty();
    assertThat(identity.createUserQuery().userId(person.userId).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(person.number).count()).isZero();
    assertThat(notifications.findByRecipientsOrderByIdAsc(person.email)).isEmpty();
  }

  private MentorApplication application(Applicant person) {
    return applications.findByNumber(person.number).orElseThrow();
  }

  private void decide(Applicant person, String decision) {
    completeTask(person, Map.of(RecruitmentVariables.SUPERVISOR_DECISION.name(), "consent"));
    completeTask(person, Map.of(RecruitmentVariables.REVIEW_DECISION.name(), decision));
  }

  private void completeTask(Applicant person, Map<String, Object> variables) {
    completeTask(person.number, variables);
  }

  private void completeTask(String businessKey, Map<String, Object> variables) {
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    tasks.complete(taskId, variables);
    Jobs.runDue(management);
  }

  private Applicant apply(String email, String firstName) {
    Map<String, Object> form = ApplicationFixtures.application(email);
    form.put(RecruitmentVariables.FIRST_NAME.name(), firstName);
    form.put(RecruitmentVariables.LAST_NAME.name(), "Beispiel");
    form.put(RecruitmentVariables.DEPARTMENT.name(), "Finance IT");
    form.put(RecruitmentVariables.TOPICS.name(), List.of("ai-tools", "online-payments"));
    form.put(RecruitmentVariables.MOTIVATION.name(), "Ich erkläre Apps <b>gern</b>.");
    form.put(RecruitmentVariables.LANGUAGE.name(), "de");
    ProcessInstance instance = runtime.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY, form);
    Jobs.runDue(management);
    User user = identity.createUserQuery().userEmail(email).singleResult();
    user.setPassword("a-long-password-" + firstName);
    identity.saveUser(user);
    return new Applicant(user.getId(), user.getPassword() == null ? null : "a-long-password-" + firstName,
        email, instance.getBusinessKey());
  }

  private record Applicant(String userId, String password, String email, String number) {
  }
}
