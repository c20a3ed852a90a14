package org.reversementoring.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reversementoring.recruitment.RecruitmentVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every Camunda form in the reader's language: a person's task in their own (here a training
 * supervisor's, their apprentice's language), a coordinator's and a start form in the browser's;
 * a form deployed before it had a translation as deployed. The texts the program writes on a form
 * (summaries, reasons) are in the same language, read over REST as Tasklist reads them; an
 * instance started before shows its English text where nothing else can be made.
 */
@AppTest
class FormLanguageTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  private static final AtomicInteger APPLICANTS = new AtomicInteger();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;

  /** Carla, a coordinator, as someone whose language the program does not know yet. */
  @BeforeEach
  void carlaHasChosenNoLanguage() {
    identity.deleteUserInfo("carla", Language.USER_INFO_KEY);
  }

  @AfterEach
  void carlaReadsEnglishAgain() {
    identity.setUserInfo("carla", Language.USER_INFO_KEY, Language.EN.code());
  }

  @Test
  void aGermanPersonsTaskOpensTheGermanForm() throws IOException {
    Task consent = consentTaskOfAnApplicationIn("de");

    assertThat(formId(forms.getDeployedTaskForm(consent.getId()))).isEqualTo("supervisor-consent-de");
  }

  @Test
  void anEnglishPersonsTaskOpensTheEnglishForm() throws IOException {
    Task consent = consentTaskOfAnApplicationIn("en");

    assertThat(formId(forms.getDeployedTaskForm(consent.getId()))).isEqualTo("supervisor-consent");
  }

  @Test
  void aFormDeployedWithoutItsTranslationOpensAsDeployed() throws IOException {
    String german = consentTaskOfAnApplicationIn("de").getAssignee();
    BpmnModelInstance model = Bpmn.createExecutableProcess("form-language-untranslated").camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_Untranslated").camundaAssignee(german)
        .camundaFormRef("untranslated").camundaFormRefBinding("deployment").endEvent().done();
    Deployment deployment = repository.createDeployment().addModelInstance("untranslated.bpmn", model)
        .addString("untranslated.form", "{\"id\":\"untranslated\",\"type\":\"default\",\"components\":[]}")
        .deploy();
    try {
      String instance = runtime.startProcessInstanceByKey("form-language-untranslated").getId();
      Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();

      assertThat(formId(forms.getDeployedTaskForm(task.getId()))).isEqualTo("untranslated");
    } finally {
      repository.deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void aCoordinatorReadsATaskFormInTheBrowsersLanguage() throws IOException {
    Task consent = consentTaskOfAnApplicationIn("en");
    String form = "/engine-rest/task/" + consent.getId() + "/deployed-form";

    assertThat(formId(asCarla(form, "de-DE,de;q=0.9,en;q=0.8"))).isEqualTo("supervisor-consent-de");
    assertThat(formId(asCarla(form, "fr-FR,en;q=0.5"))).isEqualTo("supervisor-consent");
    assertThat(formId(asCarla(form, null))).isEqualTo("supervisor-consent");
  }

  @Test
  void aStartFormIsInTheBrowsersLanguage() throws IOException {
    String form = "/engine-rest/process-definition/key/" + PROCESS_KEY + "/deployed-start-form";

    assertThat(formId(asCarla(form, "de"))).isEqualTo("mentor-application-de");
    assertThat(formId(asCarla(form, "en-GB"))).isEqualTo("mentor-application");
  }

  @Test
  void aLanguageChosenOnOnesPageWinsOverTheBrowsers() throws IOException {
    identity.setUserInfo("carla", Language.USER_INFO_KEY, Language.DE.code());
    String form = "/engine-rest/process-definition/key/" + PROCESS_KEY + "/deployed-start-form";

    assertThat(formId(asCarla(form, "en-GB"))).isEqualTo("mentor-application-de");
  }

  @Test
  void aGermanSupervisorReadsTheApplicationInGermanAndAnEnglishOneInEnglish() throws IOException {
    Task german = consentTaskOf(ApplicationFixtures.application(nextApplicant(), "sven.vogel@example.com"));
    Task english = consentTaskOf(ApplicationFixtures.application(nextApplicant(), "grace.miller@example.com"));
    assertThat(List.of(german.getAssignee(), english.getAssignee())).containsExactly("sven", "grace");

    assertThat(formId(as("sven", "/engine-rest/task/" + german.getId() + "/deployed-form", null)))
        .isEqualTo("supervisor-consent-de");
    assertThat(formVariable(formVariablesAs("sven", german, "en"), APPLICATION_SUMMARY.name()))
        .contains(": Zoë Łukasiewicz-Müller <")
        .contains("Mechatronics technician, Ausbildungsjahr 2, Vehicle electronics, Munich")
        .contains("Themen: Connected-Car-Apps, KI-Werkzeuge")
        .contains("Sprache: Englisch; Ausbilderin oder Ausbilder: sven.vogel@example.com")
        .contains("Motivation:\nI explain connected-car apps to my grandparents every week.");
    assertThat(formId(as("grace", "/engine-rest/task/" + english.getId() + "/deployed-form", null)))
        .isEqualTo("supervisor-consent");
    assertThat(formVariable(formVariablesAs("grace", english, "de"), APPLICATION_SUMMARY.name()))
        .contains("Mechatronics technician, training year 2, Vehicle electronics, Munich")
        .contains("Topics: Connected car apps, AI tools")
        .contains("Language: English; training supervisor: grace.miller@example.com");
    assertThat(runtime.getVariable(german.getProcessInstanceId(), APPLICATION_SUMMARY.name()))
        .as("made when read, not kept in the process").isNull();
  }

  @Test
  void aCoordinatorReviewsAnApplicationInTheirLanguageAndOneFromBeforeShowsWhatItHolds() throws IOException {
    Task review = reviewTaskOf(consentTaskOf(ApplicationFixtures.application(nextApplicant())));
    Task reviewFromBefore = reviewTaskOf(consentTaskOf(ApplicationFixtures.application(nextApplicant())));
    // as v0.1.0 left it: the summary in English in the process, the reason in English only
    runtime.setVariable(reviewFromBefore.getProcessInstanceId(), APPLICATION_SUMMARY.name(), "RMA-2026-0001: Zoë");
    runtime.removeVariable(reviewFromBefore.getProcessInstanceId(), ELIGIBILITY_REASON_DE.name());

    JsonNode german = formVariablesAs("carla", review, "de");
    assertThat(formVariable(german, APPLICATION_SUMMARY.name())).contains("Ausbildungsjahr 2");
    assertThat(formVariable(german, ELIGIBILITY_REASON.name())).isEqualTo("Geeignet: erfüllt alle Kriterien.");
    JsonNode english = formVariablesAs("carla", review, "en");
    assertThat(formVariable(english, APPLICATION_SUMMARY.name())).contains("training year 2");
    assertThat(formVariable(english, ELIGIBILITY_REASON.name())).isEqualTo("Eligible: meets every criterion.");
    JsonNode fromBefore = formVariablesAs("carla", reviewFromBefore, "de");
    assertThat(formVariable(fromBefore, APPLICATION_SUMMARY.name())).as("made from the application on record")
        .contains("Ausbildungsjahr 2");
    assertThat(formVariable(fromBefore, ELIGIBILITY_REASON.name())).as("the decision's English reason")
        .isEqualTo("Eligible: meets every criterion.");
  }

  @Test
  void aCoordinatorConfirmsAnEnrollmentReadInTheirLanguage() throws IOException {
    String instance = runtime.startProcessInstanceByKey(EnrollmentVariables.PROCESS_KEY,
        EnrollmentFixtures.enrollment("form-language-executive-" + APPLICANTS.incrementAndGet() + "@example.com")).getId();
    Jobs.runDue(management);
    Task confirm = tasks.createTaskQuery().processInstanceId(instance).singleResult();

    assertThat(formVariable(formVariablesAs("carla", confirm, "de"), EnrollmentVariables.ENROLLMENT_SUMMARY.name()))
        .contains("Abteilungsleitung, Finance, Munich, Jahrgang 1968")
        .contains("Themen (wichtigstes zuerst): 1. KI-Werkzeuge")
        .contains("Ausschlüsse: keine");
    assertThat(formVariable(formVariablesAs("carla", confirm, "en"), EnrollmentVariables.ENROLLMENT_SUMMARY.name()))
        .contains("Head of department, Finance, Munich, born 1968")
        .contains("Topics (most wanted first): 1. AI tools, 2. Social media")
        .contains("Exclusions: none");
  }

  private Task consentTaskOfAnApplicationIn(String language) {
    int applicant = APPLICANTS.incrementAndGet();
    Map<String, Object> application = ApplicationFixtures.application("form-language-" + applicant + "@example.com",
        "form-language-supervisor-" + applicant + "@example.com");
    LANGUAGE.putIn(application, language);
    return consentTaskOf(application);
  }

  private Task consentTaskOf(Map<String, Object> application) {
    String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, application).getId();
    Jobs.runDue(management);
    return tasks.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private Task reviewTaskOf(Task consent) {
    tasks.complete(consent.getId(), Map.of(SUPERVISOR_DECISION.name(), "consent"));
    Jobs.runDue(management);
    return tasks.createTaskQuery().processInstanceId(consent.getProcessInstanceId())
        .taskDefinitionKey("Task_ReviewApplication").singleResult();
  }

  private static String nextApplicant() {
    return "form-language-" + APPLICANTS.incrementAndGet() + "@example.com";
  }

  private static String formVariable(JsonNode variables, String name) {
    assertThat(variables.path(name).path("type").asText()).as(name).isEqualTo("String");
    return variables.path(name).path("value").asText();
  }

  private String asCarla(String path, String acceptLanguage) {
    return as("carla", path, acceptLanguage);
  }

  /** A task's form variables as Tasklist reads them, by that person with that browser. */
  private JsonNode formVariablesAs(String user, Task task, String acceptLanguage) throws IOException {
    return JSON.readTree(as(user, "/engine-rest/task/" + task.getId() + "/form-variables", acceptLanguage));
  }

  private String as(String user, String path, String acceptLanguage) {
    HttpHeaders headers = new HttpHeaders();
    if (acceptLanguage != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    ResponseEntity<String> form = http.withBasicAuth(user, user + "-demo")
        .exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    return form.getBody();
  }

  private static String formId(InputStream form) throws IOException {
    try (form) {
      return JSON.readTree(form).path("id").asText();
    }
  }

  private static String formId(String form) throws IOException {
    return JSON.readTree(form).path("id").asText();
  }
}
