package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.Mails;
import org.reversementoring.support.ProgramAnswers;
import org.reversementoring.support.ProgramParticipants;
import org.reversementoring.support.TestSmtp;
import org.reversementoring.tandem.TandemVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A coordinator names a substitute mentor the Tasklist way: the start form of "Assign a substitute mentor". */
@AppTest
class AssignSubstituteJourneyTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  private static final String START = "/engine-rest/process-definition/key/assign-substitute-mentor/start";

  @Autowired ProcessEngine engine;
  @Autowired ApplicationService applications;
  @Autowired MenteeService mentees;
  @Autowired TandemService tandems;
  @Autowired TestRestTemplate http;

  @Test
  void aSubstituteNamedByEmailTakesOverAndBadNamesAreRefusedNamingTheField() {
    ProgramParticipants participants = new ProgramParticipants(engine.getRuntimeService(), engine.getTaskService(),
        engine.getManagementService(), applications, mentees);
    Mentor mentor = participants.qualifiedMentor(ApplicationFixtures.application("anna.first-mentor@example.com"));
    Mentor substitute = participants.qualifiedMentor(ApplicationFixtures.application("kai.substitute@example.com"));
    Mentee executive = participants.waitlistedExecutive(EnrollmentFixtures.enrollment("otto.executive@example.com"));
    Tandem tandem = tandems.form(new TandemDraft(mentor.getId(), executive.getId(), "Substitutes",
        LocalDate.now().plusDays(7), 70, List.of("both in Munich"), false));
    engine.getRuntimeService().startProcessInstanceByKey(TandemVariables.PROCESS_KEY, tandem.getNumber(),
        Map.of(TandemVariables.TANDEM_ID.name(), tandem.getId()));
    Jobs.runDue(engine.getManagementService());
    completeKickoff(tandem, "Task_AgreeGoalsAndCadence");
    completeKickoff(tandem, "Task_ConfirmKickoff");
    assertThat(tandems.find(tandem.getId()).getStatus()).isEqualTo(TandemStatus.ACTIVE);

    assertRefused(Map.of(TandemVariables.SUBSTITUTION_TANDEM_NUMBER.name(), "RMT-1999-999",
        TandemVariables.SUBSTITUTE_EMAIL.name(), "kai.substitute@example.com"), "tandemNumber");
    assertRefused(Map.of(TandemVariables.SUBSTITUTION_TANDEM_NUMBER.name(), tandem.getNumber(),
        TandemVariables.SUBSTITUTE_EMAIL.name(), "otto.executive@example.com"), "substituteEmail");
    assertRefused(Map.of(TandemVariables.SUBSTITUTION_TANDEM_NUMBER.name(), tandem.getNumber(),
        TandemVariables.SUBSTITUTE_EMAIL.name(), "anna.first-mentor@example.com"), "substituteMentorId: is already the tandem's mentor");
    assertThat(tandems.find(tandem.getId()).getMentorId()).as("nothing changed").isEqualTo(mentor.getId());

    ResponseEntity<Map> started = start(Map.of(TandemVariables.SUBSTITUTION_TANDEM_NUMBER.name(), tandem.getNumber(),
        TandemVariables.SUBSTITUTE_EMAIL.name(), "Kai.Substitute@example.com"));
    assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
    Jobs.runDue(engine.getManagementService());

    Tandem handedOver = tandems.find(tandem.getId());
    assertThat(handedOver.getMentorId()).isEqualTo(substitute.getId());
    assertThat(handedOver.getOriginalMentorId()).isEqualTo(mentor.getId());
    assertThat(Mails.to(smtp.getReceivedMessages(), "kai.substitute@example.com")).extracting(Mails::subject)
        .anyMatch(subject -> subject.startsWith("Tandem " + tandem.getNumber() + ": ") && subject.endsWith(" takes over the sessions"));
  }

  private void completeKickoff(Tandem tandem, String taskKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(tandem.getNumber())
        .taskDefinitionKey(taskKey).singleResult();
    engine.getTaskService().complete(task.getId(), new ProgramAnswers().apply(task));
    Jobs.runDue(engine.getManagementService());
  }

  private void assertRefused(Map<String, Object> form, String message) {
    ResponseEntity<Map> refused = start(form);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("message").toString()).contains(message);
  }

  private ResponseEntity<Map> start(Map<String, Object> form) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    Map<String, Object> variables = new java.util.HashMap<>();
    form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return http.withBasicAuth("carla", "carla-demo").postForEntity(START,
        new HttpEntity<>(Map.of("variables", variables), headers), Map.class);
  }
}
