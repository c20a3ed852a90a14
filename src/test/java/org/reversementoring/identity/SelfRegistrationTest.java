package org.reversementoring.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reversementoring.enrollment.MenteeRepository;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.recruitment.MentorApplicationRepository;
import org.reversementoring.recruitment.MentorRepository;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.Mails;
import org.reversementoring.support.RestVariables;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.ResponseEntity;

/**
 * Mentors apply and executives enrol only as themselves; the program office registers anyone.
 * A refusal names the field email, tells nothing about the other person and leaves nothing behind.
 */
@AppTest
class SelfRegistrationTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  private static final String APPLY = "/engine-rest/process-definition/key/mentor-recruitment/start";
  private static final String APPLY_BY_FORM = "/engine-rest/process-definition/key/mentor-recruitment/submit-form";
  private static final String ENROL = "/engine-rest/process-definition/key/mentee-enrollment/start";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired MentorRepository mentors;
  @Autowired MentorApplicationRepository applications;
  @Autowired MenteeRepository mentees;
  @Autowired MenteeService menteeService;

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {APPLY, APPLY_BY_FORM})
  void aMentorCannotApplyInSomeoneElsesName(String endpoint) {
    Traces before = traces();

    ResponseEntity<Map> refused = post("lena", endpoint, RestVariables.request(
        ApplicationFixtures.application("anna.other@example.com")));

    assertRefusedNamingEmailOnly(refused, "anna.other");
    assertNothingLeftFor("anna.other@example.com", before);
  }

  @Test
  void anExecutiveCannotEnrolSomeoneElse() {
    Traces before = traces();

    ResponseEntity<Map> refused = post("marc", ENROL, RestVariables.request(
        EnrollmentFixtures.enrollment("petra.other@example.com")));

    assertRefusedNamingEmailOnly(refused, "petra.other");
    assertNothingLeftFor("petra.other@example.com", before);
  }

  @Test
  void theRefusalTellsNothingAboutTheOtherPersonsApplication() {
    assertThat(post("carla", APPLY, RestVariables.request(ApplicationFixtures.application("ben.open@example.com")))
        .getStatusCode().value()).as("the program office registers others").isEqualTo(200);

    ResponseEntity<Map> refused = post("lena", APPLY, RestVariables.request(
        ApplicationFixtures.application("Ben.Open@example.com")));

    assertRefusedNamingEmailOnly(refused, "ben.open");
    assertThat(refused.getBody().get("message").toString()).doesNotContain("already");
  }

  @Test
  void aMentorAppliesAsThemselfUnderTheNamesOfTheirAccount() {
    ResponseEntity<Map> started = post("lena", APPLY, RestVariables.request(
        ApplicationFixtures.application("Lena.Fischer@example.com")));

    assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
    String number = started.getBody().get("businessKey").toString();
    assertThat(applications.findByNumber(number).orElseThrow().getMentor().getFullName())
        .as("the fixture's names are someone else's").isEqualTo("Lena Fischer");
  }

  @Test
  void anExecutiveEnrolsThemselfUnderTheNamesOfTheirAccount() {
    ResponseEntity<Map> started = post("ines", ENROL, RestVariables.request(
        EnrollmentFixtures.enrollment("ines.braun@example.com")));

    assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
    String number = started.getBody().get("businessKey").toString();
    assertThat(menteeService.findByNumber(number).orElseThrow().getFullName()).isEqualTo("Ines Braun");
  }

  @Test
  void aMentorCannotStartTheApplicationAtALaterStepPastTheChecks() {
    Traces before = traces();

    ResponseEntity<Map> refused = post("lena", APPLY, RestVariables.request(
        ApplicationFixtures.application("anna.later@example.com"),
        Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_ReviewApplication")))));

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("message").toString()).startsWith("startInstructions:");
    assertNothingLeftFor("anna.later@example.com", before);
  }

  private void assertRefusedNamingEmailOnly(ResponseEntity<Map> refused, String otherPerson) {
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("message").toString()).startsWith("email:");
    assertThat(RestVariables.refusedFields(refused.getBody())).containsExactly("email");
    assertThat(refused.getBody().toString()).doesNotContainIgnoringCase(otherPerson);
  }

  private void assertNothingLeftFor(String email, Traces before) {
    Jobs.runDue(management);
    assertThat(traces()).isEqualTo(before);
    assertThat(identity.createUserQuery().userEmail(email).count()).as("no account").isZero();
    assertThat(Mails.to(smtp.getReceivedMessages(), email)).as("no mail").isEmpty();
  }

  private Traces traces() {
    return new Traces(runtime.createProcessInstanceQuery().count(),
        history.createHistoricProcessInstanceQuery().count(), mentors.count(), applications.count(), mentees.count());
  }

  private ResponseEntity<Map> post(String user, String endpoint, HttpEntity<Map<String, Object>> request) {
    return http.withBasicAuth(user, user + "-demo").postForEntity(endpoint, request, Map.class);
  }

  private record Traces(long instances, long historicInstances, long mentors, long applications, long mentees) {
  }
}
