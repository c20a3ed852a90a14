package org.reversementoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reversementoring.matching.MatchingVariables.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.List;
import java.util.Map;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.common.Language;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.enrollment.MenteeStatus;
import org.reversementoring.identity.ProgramGroup;
import org.reversementoring.notification.Notification;
import org.reversementoring.notification.NotificationRepository;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.identity.DemoUser;
import org.reversementoring.identity.TasklistFilters;
import org.reversementoring.support.TasklistFilterReader;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.Mails;
import org.reversementoring.support.ProgramParticipants;
import org.reversementoring.support.TestSmtp;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemRepository;
import org.reversementoring.tandem.TandemVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * From enrollment to kickoff: qualified mentors and waitlisted executives meet in a real matching;
 * the coordinator reviews, vetoes, recomputes and approves; tandems are numbered, their
 * lifecycles start with the kickoff invitation, and every executive hears the outcome by mail.
 * A matching takes everyone in the pool, so this class has an app of its own (with an org chart)
 * on an empty database instead of the one the other app tests share.
 */
@AppTest
@TestPropertySource(properties = "reverse-mentoring.matching.org-chart=src/test/resources/matching/org-chart.csv")
@DirtiesContext
class TandemMatchingJourneyTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ApplicationService applications;
  @Autowired MenteeService mentees;
  @Autowired TandemRepository tandems;
  @Autowired TestRestTemplate http;
  @Autowired NotificationRepository notifications;
  @Autowired IdentityService identity;

  @Test
  void approvedProposalBecomesNumberedTandemsAndEveryExecutiveHearsTheOutcome() {
    qualifiedMentor("lena.berger@example.com", "Vehicle electronics");
    qualifiedMentor("zoe.mentor@example.com", "Logistics");
    Mentee marc = waitlisted("marc.exec@example.com", "Sales");
    Mentee ines = waitlisted("ines.exec@example.com", "Controlling");
    Mentee olga = waitlisted("olga.exec@example.com", "Vehicle electronics", "de");
    olga = mentees.find(olga.getId());

    ProcessInstance matching = runtime.startProcessInstanceByKey(PROCESS_KEY,
        Map.of(COHORT_NAME.name(), "Tandems spring 2031", TANDEM_START_DATE.name(), "2031-03-10"));
    Jobs.runDue(management);
    assertThat(matching.getBusinessKey()).isEqualTo("Tandems spring 2031");
    // the review form's data (what Tasklist fills the form with) is made when read, in the reader's
    // language: Carla's English (whatever her browser), a German coordinator's German
    String formVariables = "/engine-rest/task/" + reviewTask(matching).getId() + "/form-variables?deserializeValues=false";
    String summary = proposalSummaryAs("carla", "carla-demo", formVariables, "de");
    assertThat(summary).startsWith("Proposed tandems: 2").contains("1. Zoë Łukasiewicz-Müller (").contains("2. ")
        .contains("Executives without a mentor this time: 1")
        .contains("olga.exec@example.com, Vehicle electronics, Munich): no mentor outside your department with a 15-year gap who is outside your reporting line");
    assertThat(Mails.to(smtp.getReceivedMessages(), "carla.becker@example.com")).extracting(Mails::subject)
        .contains("Matching proposal for Tandems spring 2031 to review: 2 tandems");

    createCoordinator("klara", "Klara's passphrase 7", "de");
    String zusammenfassung = proposalSummaryAs("klara", "Klara's passphrase 7", formVariables, "en");
    assertThat(zusammenfassung).startsWith("Vorgeschlagene Tandems: 2").contains("Führungskräfte diesmal ohne Mentor: 1")
        .contains("olga.exec@example.com, Vehicle electronics, Munich): kein Mentor außerhalb Ihrer Abteilung mit 15 "
            + "Jahren Altersabstand außerhalb Ihrer Berichtslinie")
        .doesNotContain("Proposed", "Executives without", "years apart");
    assertThat(PROPOSAL_SUMMARY.optionalFrom(runtime, matching.getId())).as("made when read, never stored").isEmpty();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(matching.getId())
        .variableName(PROPOSAL_SUMMARY.name()).count()).as("names stay out of the engine's history").isZero();

    // three days without a decision: the coordinators are reminded of the review still open
    Task review = reviewTask(matching);
    assertThat(new TasklistFilterReader(http).list(DemoUser.CARLA, TasklistFilters.MATCHING,
        List.of("Tandems spring 2031"))).as("the Matching filter, by the cohort as its case").singleElement()
        .satisfies(entry -> {
          assertThat(entry.get("name")).isEqualTo(review.getName());
          assertThat(entry.get("due")).as("due in 5 days").isNotNull();
        });
    management.executeJob(management.createJobQuery().processInstanceId(matching.getId()).timers().singleResult().getId());
    Jobs.runDue(management);
    assertThat(Mails.to(smtp.getReceivedMessages(), "carla.becker@example.com")).extracting(Mails::subject)
        .contains("Reminder: the matching proposal for Tandems spring 2031 waits for your decision");
    assertThat(Mails.to(smtp.getReceivedMessages(), "klara@example.com")).extracting(Mails::subject)
        .as("the German coordinator: one reminder, in German")
        .containsOnlyOnce("Erinnerung: Der Tandemvorschlag für Tandems spring 2031 wartet auf Ihre Entscheidung")
        .doesNotContain("Reminder: the matching proposal for Tandems spring 2031 waits for your decision");
    // step keys of mails already sent: a retried step must find them
    assertThat(sent("matching-review/" + review.getId())).isTrue();
    assertThat(sent("matching-review-reminder/" + review.getId())).isTrue();

    // the coordinator vetoes the first pair and recomputes around it
    complete(matching, Map.of(MATCHING_DECISION.name(), "recompute", VETOES.name(), "1"));
    assertThat(VETOED_PAIRS.from(runtime, matching.getId())).isNotEmpty();
    assertThat(PROPOSED_COUNT.from(runtime, matching.getId())).isEqualTo(2);

    complete(matching, Map.of(MATCHING_DECISION.name(), "approve"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(matching.getId()).count()).isZero();

    List<Tandem> formed = tandems.findAll().stream()
        .filter(tandem -> tandem.getCohortName().equals("Tandems spring 2031")).toList();
    assertThat(formed).hasSize(2).extracting(Tandem::getNumber).allMatch(number -> number.matches("RMT-\\d{4}-\\d{3}"));
    assertThat(formed).allSatisfy(tandem -> {
      assertThat(tandem.getStartsOn()).isEqualTo(java.time.LocalDate.of(2031, 3, 10));
      assertThat(tandem.getReasons()).as("kept as kinds and arguments, worded when read").isNotEmpty()
          .allMatch(line -> line.startsWith("{\"key\":\""));
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(TandemVariables.PROCESS_KEY)
          .processInstanceBusinessKey(tandem.getNumber()).count()).as("one lifecycle per tandem").isEqualTo(1);
    });
    // the mentors' supervisor reports to Olga (org chart): she is left over, with that reason
    assertThat(formed).extracting(Tandem::getMenteeId).containsExactlyInAnyOrder(marc.getId(), ines.getId());
    Mentee unmatched = mentees.find(olga.getId());
    assertThat(unmatched.getStatus()).isEqualTo(MenteeStatus.WAITLISTED);
    MimeMessage notThisTime = Mails.single(Mails.to(smtp.getReceivedMessages(), unmatched.getEmail()),
        "Noch kein Mentor für Sie in der Tandembildung Tandems spring 2031");
    assertThat(Mails.text(notThisTime)).as("the reason in her language")
        .contains("kein Mentor außerhalb Ihrer Abteilung mit 15 Jahren Altersabstand außerhalb Ihrer Berichtslinie")
        .doesNotContain("no mentor outside");
    assertThat(sent("matching/" + matching.getId() + "/" + olga.getId())).isTrue();
    for (Tandem tandem : formed) {
      assertThat(sent("matching/" + matching.getId() + "/" + tandem.getMenteeId())).isTrue();
      Mentee picked = mentees.find(tandem.getMenteeId());
      assertThat(picked.getStatus()).isEqualTo(MenteeStatus.MATCHED);
      assertThat(Mails.to(smtp.getReceivedMessages(), picked.getEmail())).extracting(Mails::subject)
          .contains("The matching picked you: your reverse mentor for Tandems spring 2031")
          .anyMatch(subject -> subject.startsWith("Your reverse mentor ") && subject.contains(": kickoff on "));
      assertThat(tasks.createTaskQuery().processInstanceBusinessKey(tandem.getNumber()).singleResult().getName())
          .isEqualTo("Agree goals and cadence");
    }
  }

  @Test
  void aProposalMadeByVersion010ShowsItsEnglishReasonsAndWithoutOneItsStoredSummary() {
    // no one new in the pool, so the other tests' matchings see the pool they expect
    ProcessInstance matching = startMatching("Before the upgrade");
    createCoordinator("kurt", "Kurt's passphrase 7", "de");
    String formVariables = "/engine-rest/task/" + reviewTask(matching).getId() + "/form-variables";
    // as v0.1.0 left an instance: the reasons as English sentences, the summary written in English
    Object proposal = SpinValues.jsonValue("{\"proposals\":[{\"mentorId\":1,"
        + "\"menteeId\":10,\"score\":82,\"reasons\":[\"both in Munich\"],\"fixed\":false}],\"unmatchedMentees\":"
        + "[{\"menteeId\":12,\"reason\":\"no mentor outside your department\"}],\"unmatchedMentors\":[],"
        + "\"rejectedFixedPairs\":[]}").create();
    runtime.setVariable(matching.getId(), PROPOSAL.name(), proposal);
    String english = "Proposed tandems: 1, total fit 82\n1. Lena + Marc: both in Munich";
    PROPOSAL_SUMMARY.set(runtime, matching.getId(), english);

    assertThat(proposalSummaryAs("kurt", "Kurt's passphrase 7", formVariables, "de"))
        .startsWith("Vorgeschlagene Tandems: 1").contains("both in Munich", "no mentor outside your department");

    runtime.removeVariable(matching.getId(), PROPOSAL.name());
    assertThat(proposalSummaryAs("kurt", "Kurt's passphrase 7", formVariables, "de")).isEqualTo(english);
    runtime.setVariable(matching.getId(), PROPOSAL.name(), proposal);
    complete(matching, Map.of(MATCHING_DECISION.name(), "cancel"));
  }

  @Test
  void approvalOfAProposalOvertakenByAnotherMatchingIsRefusedAndFormsNothing() {
    qualifiedMentor("tom.mentor@example.com", "Vehicle electronics");
    waitlisted("petra.exec@example.com", "Sales");
    ProcessInstance first = startMatching("First");
    ProcessInstance second = startMatching("Second");
    complete(first, Map.of(MATCHING_DECISION.name(), "approve"));
    long tandemsBefore = tandems.count();

    Task task = reviewTask(second);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> refused = http.withBasicAuth("carla", "carla-demo").postForEntity(
        "/engine-rest/task/" + task.getId() + "/complete",
        new HttpEntity<>(Map.of("variables", Map.of(MATCHING_DECISION.name(), Map.of("value", "approve"))), headers), Map.class);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("message").toString()).contains("matchingDecision").contains("choose Recompute");
    assertThat(tandems.count()).isEqualTo(tandemsBefore);
    assertThat(reviewTask(second)).as("the task stays open").isNotNull();
  }

  @Test
  void badStartFormIsRefusedNamingTheFieldAndStartsNothing() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> refused = http.withBasicAuth("carla", "carla-demo").postForEntity(
        "/engine-rest/process-definition/key/tandem-matching/start",
        new HttpEntity<>(Map.of("variables", Map.of(COHORT_NAME.name(), Map.of("value", "<b>Spring</b>"),
            TANDEM_START_DATE.name(), Map.of("value", "1999-01-01"))), headers), Map.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("message").toString()).contains("tandemStartDate: must be today or later");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isEqualTo(before);

    ResponseEntity<Map> forbidden = http.withBasicAuth("lena", "lena-demo").postForEntity(
        "/engine-rest/process-definition/key/tandem-matching/start",
        new HttpEntity<>(Map.of("variables", Map.of(COHORT_NAME.name(), Map.of("value", "Spring"),
            TANDEM_START_DATE.name(), Map.of("value", "2031-04-01"))), headers), Map.class);
    assertThat(forbidden.getStatusCode().value()).as("only coordinators match").isIn(403, 404);
  }

  private boolean sent(String stepKey) {
    return notifications.existsByStepKeyAndStatus(stepKey, Notification.Status.SENT);
  }

  private ProcessInstance startMatching(String cohort) {
    ProcessInstance matching = runtime.startProcessInstanceByKey(PROCESS_KEY,
        Map.of(COHORT_NAME.name(), cohort, TANDEM_START_DATE.name(), "2031-03-10"));
    Jobs.runDue(management);
    return matching;
  }

  private void qualifiedMentor(String email, String department) {
    Map<String, Object> form = ApplicationFixtures.application(email);
    form.put(RecruitmentVariables.DEPARTMENT.name(), department);
    participants().qualifiedMentor(form);
  }

  private Mentee waitlisted(String email, String department) {
    return waitlisted(email, department, "en");
  }

  private Mentee waitlisted(String email, String department, String language) {
    Map<String, Object> form = EnrollmentFixtures.enrollment(email);
    form.put(EnrollmentVariables.DEPARTMENT.name(), department);
    EnrollmentVariables.LANGUAGE.putIn(form, language);
    return participants().waitlistedExecutive(form);
  }

  /** A coordinator who chose a language on their page. */
  private void createCoordinator(String userId, String password, String language) {
    User user = identity.newUser(userId);
    user.setPassword(password);
    user.setEmail(userId + "@example.com");
    identity.saveUser(user);
    identity.createMembership(userId, ProgramGroup.COORDINATORS.id());
    identity.setUserInfo(userId, Language.USER_INFO_KEY, language);
  }

  /** The proposal in the review form as Tasklist fills it, for this reader and browser. */
  private String proposalSummaryAs(String userId, String password, String formVariables, String browser) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, browser);
    ResponseEntity<Map> variables = http.withBasicAuth(userId, password)
        .exchange(formVariables, HttpMethod.GET, new HttpEntity<>(headers), Map.class);
    assertThat(variables.getStatusCode().value()).isEqualTo(200);
    return (String) ((Map<?, ?>) variables.getBody().get(PROPOSAL_SUMMARY.name())).get("value");
  }

  private ProgramParticipants participants() {
    return new ProgramParticipants(runtime, tasks, management, applications, mentees);
  }

  private void complete(ProcessInstance matching, Map<String, Object> variables) {
    tasks.complete(reviewTask(matching).getId(), variables);
    Jobs.runDue(management);
  }

  private Task reviewTask(ProcessInstance matching) {
    return tasks.createTaskQuery().processInstanceId(matching.getId()).singleResult();
  }
}
