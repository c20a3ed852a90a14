package org.reversementoring.recruitment;

import org.reversementoring.support.TestSmtp;
import static org.assertj.core.api.Assertions.assertThat;
import org.reversementoring.support.ApplicationFixtures;
import static org.reversementoring.recruitment.RecruitmentVariables.*;
import static org.reversementoring.support.Pages.assertRefused;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.notification.NotificationRepository;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.Mails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The recruitment journey on the real app, with mails read from a real SMTP server. */
@AppTest
class RecruitmentJourneyTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @Autowired RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.HistoryService history;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ApplicationService applications;
  @Autowired NotificationRepository notifications;
  @Autowired TestRestTemplate http;

  @Test
  void applicationSendsReceiptAndAConsentRequestLinkingToTheSupervisorsTask() {
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, ApplicationFixtures.application("zoe.a@example.com"));
    Jobs.runDue(management);

    assertThat(instance.getBusinessKey()).matches("RMA-\\d{4}-\\d{4}");
    MimeMessage receipt = single("zoe.a@example.com");
    assertThat(Mails.subject(receipt)).isEqualTo("We received your application " + instance.getBusinessKey());
    assertThat(Mails.html(receipt)).contains("Dear Zoë,");
    assertThat(Mails.text(receipt)).contains("Dear Zoë,").contains(ApplicationFixtures.SUPERVISOR_ADDRESS);
    assertThat(Mails.link(receipt, "/withdraw?token=")).startsWith("http://mentoring.test/withdraw?token=");

    MimeMessage request = single(ApplicationFixtures.SUPERVISOR_ADDRESS);
    assertThat(Mails.subject(request)).contains("Zoë Łukasiewicz-Müller");
    String link = Mails.link(request, "/camunda/app/tasklist/default/#/?task=");
    String taskId = link.substring(link.indexOf("task=") + 5);
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    assertThat(task).as("the linked task exists").isNotNull();
    assertThat(task.getName()).as("named in the German Sven chose, in Tasklist too")
        .isEqualTo("Zustimmung als Ausbilderin oder Ausbilder geben");
    assertThat(identity.createUserQuery().userId(task.getAssignee()).singleResult().getEmail())
        .isEqualTo(ApplicationFixtures.SUPERVISOR_ADDRESS);
    assertThat(notifications.findByProcessInstanceIdOrderByIdAsc(instance.getId()))
        .extracting(n -> n.getTemplate() + ":" + n.getStatus())
        .containsExactly("application-received:SENT", "supervisor-consent-request:SENT");
  }

  @Test
  void selectedApplicantIsASelectedMentorAndHearsSo() {
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, ApplicationFixtures.application("zoe.b@example.com"));
    Jobs.runDue(management);
    complete(instance, Map.of(SUPERVISOR_DECISION.name(), "consent"));
    complete(instance, Map.of(REVIEW_DECISION.name(), "interview", DECISION_REASON.name(), "Strong topics"));
    complete(instance, Map.of(INTERVIEW_RESULT.name(), "select", DECISION_REASON.name(), "Convincing"));

    MentorApplication application = applications.findByNumber(instance.getBusinessKey()).orElseThrow();
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SELECTED);
    assertThat(application.getMentor().getStatus()).isEqualTo(MentorStatus.SELECTED);
    // the recruitment's mails name the application; the Academy's (an invitation, when a cohort
    // planned by another test has a seat) are the Academy's own (AcademyJourneyTest)
    assertThat(Mails.to(smtp.getReceivedMessages(), "zoe.b@example.com")).extracting(Mails::subject)
        .filteredOn(subject -> subject.contains(instance.getBusinessKey()))
        .containsExactly("We received your application " + instance.getBusinessKey(),
            "Your application " + instance.getBusinessKey() + ": we would like to meet you",
            "Welcome to Reverse Mentoring: you have been selected (" + instance.getBusinessKey() + ")");
  }

  @Test
  void rejectionQuotesTheReasonEscapedAndSpeaksTheApplicantsLanguage() {
    Map<String, Object> german = ApplicationFixtures.application("zoe.c@example.com");
    german.put(LANGUAGE.name(), "de");
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, german);
    Jobs.runDue(management);
    complete(instance, Map.of(SUPERVISOR_DECISION.name(), "consent"));
    complete(instance, Map.of(REVIEW_DECISION.name(), "reject", DECISION_REASON.name(), "<b>Zu viele</b> Bewerbungen & \"Themen\" doppelt"));

    MimeMessage rejection = Mails.to(smtp.getReceivedMessages(), "zoe.c@example.com").get(1);
    assertThat(Mails.subject(rejection)).isEqualTo("Ihre Bewerbung " + instance.getBusinessKey());
    assertThat(Mails.html(rejection)).contains("Hallo Zoë,")
        .contains("&lt;b&gt;Zu viele&lt;/b&gt; Bewerbungen &amp; &quot;Themen&quot; doppelt")
        .doesNotContain("<b>Zu viele</b>");
    assertThat(Mails.text(rejection)).contains("<b>Zu viele</b> Bewerbungen");
  }

  @Test
  void waitlistMailStatesThePosition() {
    ProcessInstance first = runtime.startProcessInstanceByKey(PROCESS_KEY, ApplicationFixtures.application("zoe.d@example.com"));
    ProcessInstance second = runtime.startProcessInstanceByKey(PROCESS_KEY, ApplicationFixtures.application("zoe.e@example.com"));
    Jobs.runDue(management);
    for (ProcessInstance instance : List.of(first, second)) {
      complete(instance, Map.of(SUPERVISOR_DECISION.name(), "consent"));
      complete(instance, Map.of(REVIEW_DECISION.name(), "waitlist"));
    }
    MimeMessage firstMail = Mails.to(smtp.getReceivedMessages(), "zoe.d@example.com").get(1);
    MimeMessage secondMail = Mails.to(smtp.getReceivedMessages(), "zoe.e@example.com").get(1);
    int firstPosition = position(Mails.text(firstMail));
    assertThat(position(Mails.text(secondMail))).isEqualTo(firstPosition + 1);
  }

  @Test
  void withdrawLinkEndsTheApplicationErasesFreeTextAndCannotBeReplayedOrForged() {
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, ApplicationFixtures.application("zoe.f@example.com"));
    Jobs.runDue(management);
    String link = Mails.link(single("zoe.f@example.com"), "/withdraw?token=");
    String token = link.substring(link.indexOf("token=") + 6);

    assertThat(http.getForObject("/withdraw?token=" + token, String.class))
        .contains(instance.getBusinessKey()).contains("Withdraw my application");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .as("opening the link alone withdraws nothing").isEqualTo(1);

    assertThat(post(token).getBody()).contains("Your application has been withdrawn");
    Jobs.runDue(management);
    MentorApplication application = applications.findByNumber(instance.getBusinessKey()).orElseThrow();
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(application.getMotivation()).isNull();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableNameIn(MOTIVATION.name(), APPLICATION_SUMMARY.name(), EMAIL.name(), FIRST_NAME.name()).count())
        .as("the engine's history keeps no copy of personal data").isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates().list())
        .extracting(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName())
        .doesNotContain(MOTIVATION.name(), APPLICATION_SUMMARY.name(), EMAIL.name(), FIRST_NAME.name())
        .contains(APPLICATION_NUMBER.name());
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(Mails.to(smtp.getReceivedMessages(), "zoe.f@example.com")).extracting(Mails::subject)
        .contains("Your application " + instance.getBusinessKey() + " has been withdrawn");

    assertRefused(post(token), HttpStatus.CONFLICT, "no longer open");
    assertRefused(http.getForEntity("/withdraw?token=" + token, String.class), HttpStatus.CONFLICT, "no longer open");
    assertRefused(post(instance.getBusinessKey() + ".forged-signature"), HttpStatus.BAD_REQUEST, "This link is not valid");
    assertRefused(post("RMA-2026-9999." + token.substring(token.indexOf('.') + 1)), HttpStatus.BAD_REQUEST,
        "This link is not valid");
    assertRefused(http.getForEntity("/withdraw?token=RMA-2026-9999.forged", String.class), HttpStatus.BAD_REQUEST,
        "This link is not valid");
  }

  private ResponseEntity<String> post(String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("token", token);
    return http.postForEntity("/withdraw", new HttpEntity<>(form, headers), String.class);
  }

  private static int position(String text) {
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("waitlist: (\\d+)").matcher(text);
    assertThat(matcher.find()).as("position in: " + text).isTrue();
    return Integer.parseInt(matcher.group(1));
  }

  private void complete(ProcessInstance instance, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    tasks.complete(task.getId(), variables);
    Jobs.runDue(management);
  }

  private MimeMessage single(String address) {
    List<MimeMessage> mails = Mails.to(smtp.getReceivedMessages(), address);
    assertThat(mails).hasSize(1);
    return mails.get(0);
  }
}
