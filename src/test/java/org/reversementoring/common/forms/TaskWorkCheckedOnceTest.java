package org.reversementoring.common.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.identity.DemoUser;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;

/** Lena, a mentor, may not work on an applicant's consent task, which waits for the supervisor. */
@AppTest
class TaskWorkCheckedOnceTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  @Test
  void theEngineChecksWithItInsteadOfItsOwnAuthorizationChecker() {
    assertThat(configuration().getCommandCheckers())
        .hasExactlyElementsOfTypes(TenantCommandChecker.class, TaskWorkCheckedOnce.class);
  }

  @Test
  void withoutASubmissionsCheckTheTaskIsChecked() {
    String consent = someoneElsesConsentTask();

    asLena(checker -> inCommand(consent, task -> assertThatThrownBy(() -> checker.checkTaskWork(task))
        .isInstanceOf(AuthorizationException.class)));
  }

  @Test
  void theSubmissionsCheckAnswersTheNextQuestionOnly() {
    String consent = someoneElsesConsentTask();

    asLena(checker -> inCommand(consent, task -> TaskWorkCheckedOnce.afterCheckOf(task, () -> {
      checker.checkTaskWork(task);
      assertThatThrownBy(() -> checker.checkTaskWork(task)).as("asked a second time")
          .isInstanceOf(AuthorizationException.class);
      return null;
    })));
  }

  @Test
  void anotherTaskIsCheckedDuringTheSubmission() {
    String consent = someoneElsesConsentTask();
    String another = someoneElsesConsentTask();

    asLena(checker -> inCommand(consent, task -> TaskWorkCheckedOnce.afterCheckOf(task, () -> {
      TaskEntity other = engineContextTask(another);
      assertThatThrownBy(() -> checker.checkTaskWork(other)).isInstanceOf(AuthorizationException.class);
      return null;
    })));
  }

  private void asLena(Consumer<TaskWorkCheckedOnce> checks) {
    identity.setAuthentication(DemoUser.LENA.id(), List.of(DemoUser.LENA.group().id()));
    checks.accept(configuration().getCommandCheckers().stream()
        .filter(TaskWorkCheckedOnce.class::isInstance).map(TaskWorkCheckedOnce.class::cast).findFirst().orElseThrow());
  }

  private void inCommand(String taskId, Consumer<TaskEntity> checks) {
    configuration().getCommandExecutorTxRequired().execute(context -> {
      checks.accept(context.getTaskManager().findTaskById(taskId));
      return null;
    });
  }

  private static TaskEntity engineContextTask(String taskId) {
    return Context.getCommandContext().getTaskManager().findTaskById(taskId);
  }

  private String someoneElsesConsentTask() {
    String instance = runtime.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY,
        ApplicationFixtures.application("consent" + System.nanoTime() + "@example.com")).getId();
    Jobs.runDue(management);
    return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
