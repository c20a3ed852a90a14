package org.reversementoring.recruitment;

import org.reversementoring.support.TestSmtp;
import static org.assertj.core.api.Assertions.assertThat;
import org.reversementoring.support.ApplicationFixtures;
import static org.reversementoring.recruitment.RecruitmentVariables.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.file.Path;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.reversementoring.ReverseMentoringApplication;
import org.reversementoring.support.Jobs;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The default H2 database is a file: stopping and starting the app loses nothing. */
class RestartTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @TempDir
  Path dataDir;

  @Test
  void instanceWaitingAtAUserTaskSurvivesARestartWithItsData() {
    String instanceId;
    String number;
    try (ConfigurableApplicationContext app = start()) {
      RuntimeService runtime = app.getBean(RuntimeService.class);
      instanceId = runtime.startProcessInstanceByKey(PROCESS_KEY,
          ApplicationFixtures.application("zoe.restart@example.com")).getId();
      Jobs.runDue(app.getBean(ManagementService.class));
      number = APPLICATION_NUMBER.from(runtime, instanceId);
    }

    try (ConfigurableApplicationContext app = start()) {
      TaskService tasks = app.getBean(TaskService.class);
      Task consent = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
      assertThat(consent.getTaskDefinitionKey()).isEqualTo("Task_GiveSupervisorConsent");
      assertThat(tasks.getVariable(consent.getId(), APPLICATION_NUMBER.name())).isEqualTo(number);
      MentorApplication application = app.getBean(ApplicationService.class).findByNumber(number).orElseThrow();
      assertThat(application.getMentor().getFullName()).isEqualTo("Zoë Łukasiewicz-Müller");
      assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);

      tasks.complete(consent.getId(), java.util.Map.of(SUPERVISOR_DECISION.name(), "consent"));
      assertThat(tasks.createTaskQuery().processInstanceId(instanceId).count())
          .as("the review task is created by a job").isZero();
      Jobs.runDue(app.getBean(ManagementService.class));
      assertThat(tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getName())
          .isEqualTo("Review application");
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(ReverseMentoringApplication.class).run(
        "--server.port=0",
        "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("reverse-mentoring").toAbsolutePath(),
        "--reverse-mentoring.demo.embedded-smtp=false",
        "--spring.mail.port=" + TestSmtp.PORT,
        "--camunda.bpm.job-execution.enabled=false",
        "--reverse-mentoring.worklist.digest-enabled=false");
  }
}
