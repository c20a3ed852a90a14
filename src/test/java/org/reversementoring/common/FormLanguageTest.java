package org.reversementoring.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reversementoring.recruitment.RecruitmentVariables.LANGUAGE;
import static org.reversementoring.recruitment.RecruitmentVariables.PROCESS_KEY;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.IOException;
import java.io.InputStream;
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
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
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
 * a form deployed before it had a translation as deployed.
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

  private Task consentTaskOfAnApplicationIn(String language) {
    int applicant = APPLICANTS.incrementAndGet();
    Map<String, Object> application = ApplicationFixtures.application("form-language-" + applicant + "@example.com",
        "form-language-supervisor-" + applicant + "@example.com");
    LANGUAGE.putIn(application, language);
    String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, application).getId();
    Jobs.runDue(management);
    return tasks.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private String asCarla(String path, String acceptLanguage) {
    HttpHeaders headers = new HttpHeaders();
    if (acceptLanguage != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    ResponseEntity<String> form = http.withBasicAuth("carla", "carla-demo")
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
