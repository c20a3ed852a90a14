package org.reversementoring.notification.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.notification.Addressee;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.MailStep;
import org.reversementoring.notification.MailSteps;
import org.reversementoring.notification.Mailer;
import org.reversementoring.notification.process.OpenTasks;
import org.reversementoring.notification.ProcessMails;

/**
 * The generic task-mail listener and process-mail delegate on a plain engine: what they hand the
 * capability (process key, fields, step key, task link, variables) and that its mails are sent.
 */
class GenericMailBeansTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder().build();

  static final ProgramProperties PROPERTIES = new ProgramProperties("http://mentoring.test", "secret",
      new ProgramProperties.Mail("office@example.com", "coordinators@example.com"));

  ProcessEngine processEngine;
  private final List<MailStep> steps = new ArrayList<>();
  private final Mailer mailer = mock(Mailer.class);
  private String deploymentId;

  /** Writes one mail per step to the recipient the model names. */
  private final ProcessMails capability = new ProcessMails() {
    @Override
    public Set<String> processKeys() {
      return Set.of("mail-steps");
    }

    @Override
    public List<MailMessage> mails(MailStep step) {
      steps.add(step);
      return List.of(step.mail().to(Addressee.named(step.recipient() + "@example.com", "Zoë", Language.EN)).build());
    }
  };

  @BeforeEach
  void setUp() {
    MailSteps mails = new MailSteps(List.of(capability), mailer);
    OpenTasks openTasks = new OpenTasks(processEngine.getTaskService());
    Mocks.register("taskMail", new TaskMailListener(mails, PROPERTIES));
    Mocks.register("processMail", new ProcessMailDelegate(mails, openTasks, PROPERTIES));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    if (deploymentId != null) {
      processEngine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void aTaskMailIsAboutTheCreatedTaskAndKeyedByIt() {
    ProcessInstance instance = start(Map.of("applicationId", 7L, "reviewerId", "carla"));
    Task review = task(instance);

    MailStep step = steps.get(0);
    assertThat(step.processKey()).isEqualTo("mail-steps");
    assertThat(step.template()).isEqualTo("review-requested");
    assertThat(step.recipient()).isEqualTo("coordinators");
    assertThat(step.key()).isEqualTo("task/" + review.getId());
    assertThat(step.processInstanceId()).isEqualTo(instance.getId());
    assertThat(step.taskId()).isEqualTo(review.getId());
    assertThat(step.taskUrl()).isEqualTo("http://mentoring.test/camunda/app/tasklist/default/#/?task=" + review.getId());
    assertThat(step.variables()).containsEntry("applicationId", 7L);
    MailMessage sent = step.mail().to(Addressee.named("coordinators@example.com", "Zoë", Language.EN)).build();
    verify(mailer).send(sent);
  }

  @Test
  void aReminderLinksToTheTaskOpenForThePersonTheModelNames() {
    ProcessInstance instance = start(Map.of("applicationId", 7L, "reviewerId", "carla"));
    Task review = task(instance);

    processEngine.getRuntimeService().correlateMessage("Remind");

    MailStep reminder = steps.get(1);
    assertThat(reminder.key()).isEqualTo(instance.getId() + "/Task_Remind");
    assertThat(reminder.template()).isEqualTo("review-reminder");
    assertThat(reminder.recipient()).isEqualTo("reviewer");
    assertThat(reminder.taskId()).isEqualTo(review.getId());
    assertThat(reminder.taskUrl()).endsWith("?task=" + review.getId());
  }

  @Test
  void aStepPassedMoreThanOnceHasAKeyPartFromTheModel() {
    ProcessInstance instance = start(Map.of("applicationId", 7L, "reviewerId", "nobody"));
    Task review = task(instance);

    processEngine.getTaskService().complete(review.getId());

    MailStep farewell = steps.get(1);
    assertThat(farewell.key()).isEqualTo(instance.getId() + "/Task_Farewell/7");
    assertThat(farewell.recipient()).isNull();
    assertThat(farewell.taskId()).as("the review is done").isNull();
    assertThat(farewell.taskUrl()).isNull();
  }

  @Test
  void aProcessNoCapabilityServesFailsNamingIt() {
    assertThatThrownBy(() -> new MailSteps(List.of(capability, capability), mailer))
        .hasMessageContaining("claim the mails of process mail-steps");
    MailSteps mails = new MailSteps(List.of(), mailer);
    MailStep step = new MailStep("unknown", "t", null, "k", "pi", null, null, Map.of());
    assertThatThrownBy(() -> mails.send(step)).hasMessageContaining("process unknown");
  }

  private ProcessInstance start(Map<String, Object> variables) {
    deploymentId = processEngine.getRepositoryService().createDeployment()
        .addModelInstance("mail-steps.bpmn", model()).deploy().getId();
    return processEngine.getRuntimeService().startProcessInstanceByKey("mail-steps", variables);
  }

  private Task task(ProcessInstance instance) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_Review").singleResult();
  }

  private static BpmnModelInstance model() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("mail-steps").camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_Review").camundaAssignee("${reviewerId}")
          .camundaTaskListenerDelegateExpression("create", "${taskMail}")
        .sendTask("Task_Farewell").camundaDelegateExpression("${processMail}")
        .endEvent()
        .moveToActivity("Task_Review").boundaryEvent().cancelActivity(false).message("Remind")
        .sendTask("Task_Remind").camundaDelegateExpression("${processMail}")
        .endEvent()
        .done();
    field(model, "Task_Review", "template", "review-requested", true);
    field(model, "Task_Review", "recipient", "coordinators", true);
    field(model, "Task_Remind", "template", "review-reminder", false);
    field(model, "Task_Remind", "recipient", "reviewer", false);
    field(model, "Task_Remind", "openTaskAssignee", "${reviewerId}", false);
    field(model, "Task_Farewell", "template", "farewell", false);
    field(model, "Task_Farewell", "keyPart", "${applicationId}", false);
    return model;
  }

  /** A {@code camunda:field} on the send task, or on the user task's (only) task listener. */
  private static void field(BpmnModelInstance model, String elementId, String name, String value, boolean onListener) {
    CamundaField field = model.newInstance(CamundaField.class);
    field.setCamundaName(name);
    if (value.startsWith("${")) {
      field.setCamundaExpression(value);
    } else {
      field.setCamundaStringValue(value);
    }
    BaseElement element = model.getModelElementById(elementId);
    if (onListener) {
      element.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).singleResult()
          .getCamundaFields().add(field);
      return;
    }
    if (element.getExtensionElements() == null) {
      element.setExtensionElements(model.newInstance(ExtensionElements.class));
    }
    element.getExtensionElements().addChildElement(field);
  }
}
