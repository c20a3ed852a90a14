package org.reversementoring.faulttolerance;

import static org.assertj.core.api.Assertions.assertThat;
import org.reversementoring.support.ApplicationFixtures;
import static org.reversementoring.recruitment.RecruitmentVariables.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.reversementoring.ReverseMentoringApplication;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.ApplicationStatus;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.Mails;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app is stopped while instances wait in each kind of wait state other than a user task
 * (that one: recruitment.RestartTest) and started again on the same H2 file: a timer still
 * fires, a message still finds its instance, a job that had not run yet still runs, and each
 * mail goes out exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestartInWaitStatesTest {

  /** A free port: this test starts its own app, and 3025 may be busy with another build. */
  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withPerMethodLifecycle(false);

  @TempDir
  static Path dataDir;

  private ConfigurableApplicationContext app;
  private String waitingAtTimer;
  private String waitingForMessage;
  private String jobPending;
  private Date reminderDue;
  private long receiptJobsAfterRestart;

  @BeforeAll
  void stopWhileInstancesWaitAndStartAgain() {
    try (ConfigurableApplicationContext before = start()) {
      RuntimeService runtime = before.getBean(RuntimeService.class);
      ManagementService management = before.getBean(ManagementService.class);
      waitingAtTimer = runtime.startProcessInstanceByKey(PROCESS_KEY,
          ApplicationFixtures.application("zoe.timer@example.com", "supervisor.timer@example.com")).getId();
      waitingForMessage = runtime.startProcessInstanceByKey(PROCESS_KEY,
          ApplicationFixtures.application("zoe.message@example.com", "supervisor.message@example.com")).getId();
      Jobs.runDue(management);
      jobPending = runtime.startProcessInstanceByKey(PROCESS_KEY,
          ApplicationFixtures.application("zoe.job@example.com", "supervisor.job@example.com")).getId();

      reminderDue = reminderTimer(management).getDuedate();
      assertThat(reminderDue).isAfter(ClockUtil.getCurrentTime());
      assertThat(runtime.createEventSubscriptionQuery().processInstanceId(waitingForMessage)
          .eventName(WITHDRAWAL_MESSAGE).count()).isOne();
      assertThat(receiptJobs(management)).isOne();
      assertThat(Mails.to(smtp.getReceivedMessages(), "zoe.job@example.com")).as("not sent before the stop").isEmpty();
    }
    app = start();
    receiptJobsAfterRestart = receiptJobs(app.getBean(ManagementService.class));
  }

  @AfterAll
  void stop() {
    ClockUtil.reset();
    if (app != null) {
      app.close();
    }
  }

  @Test
  @Order(1)
  void aJobThatHadNotRunBeforeTheStopRunsAfterwardsAndSendsItsMailOnce() {
    assertThat(receiptJobsAfterRestart).as("the pending receipt job survived the restart").isOne();
    ManagementService management = app.getBean(ManagementService.class);
    Jobs.runDue(management);
    Jobs.runDue(management);

    String number = number(jobPending);
    assertThat(Mails.to(smtp.getReceivedMessages(), "zoe.job@example.com")).extracting(Mails::subject)
        .containsExactly("We received your application " + number);
    assertThat(app.getBean(TaskService.class).createTaskQuery().processInstanceId(jobPending).singleResult().getTaskDefinitionKey())
        .as("and the process went on").isEqualTo("Task_GiveSupervisorConsent");
  }

  @Test
  @Order(2)
  void aMessageFindsItsInstanceAfterTheRestart() {
    RuntimeService runtime = app.getBean(RuntimeService.class);
    String number = number(waitingForMessage);
    runtime.createMessageCorrelation(WITHDRAWAL_MESSAGE).processInstanceBusinessKey(number).correlate();
    Jobs.runDue(app.getBean(ManagementService.class));

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(waitingForMessage).count()).isZero();
    assertThat(app.getBean(HistoryService.class).createHistoricActivityInstanceQuery()
        .processInstanceId(waitingForMessage).activityId("EndEvent_Withdrawn").count()).isOne();
    assertThat(app.getBean(ApplicationService.class).findByNumber(number).orElseThrow().getStatus())
        .isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(Mails.to(smtp.getReceivedMessages(), "zoe.message@example.com")).extracting(Mails::subject)
        .containsOnlyOnce("Your application " + number + " has been withdrawn");
  }

  @Test
  @Order(3)
  void aTimerFiresAfterTheRestartAndTheReminderGoesOutOnce() {
    ManagementService management = app.getBean(ManagementService.class);
    assertThat(reminderTimer(management).getDuedate()).as("the timer kept its due date").isEqualTo(reminderDue);
    Jobs.runDue(management);
    assertThat(reminders()).as("not yet due").isEmpty();

    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime()
        + Duration.ofDays(5).plusMinutes(1).toMillis()));
    Jobs.runDue(management);
    Jobs.runDue(management);

    String number = number(waitingAtTimer);
    assertThat(reminders()).extracting(Mails::subject)
        .containsExactly("Reminder: your consent for Zoë Łukasiewicz-Müller is still open (" + number + ")");
    assertThat(Mails.link(reminders().get(0), "/camunda/app/tasklist/default/#/?task="))
        .endsWith(app.getBean(TaskService.class).createTaskQuery().processInstanceId(waitingAtTimer)
            .taskDefinitionKey("Task_GiveSupervisorConsent").singleResult().getId());
  }

  private List<jakarta.mail.internet.MimeMessage> reminders() {
    return Mails.to(smtp.getReceivedMessages(), "supervisor.timer@example.com").stream()
        .filter(m -> Mails.subject(m).startsWith("Reminder:")).toList();
  }

  private Job reminderTimer(ManagementService management) {
    return management.createJobQuery().processInstanceId(waitingAtTimer).timers()
        .activityId("Timer_ConsentReminder").singleResult();
  }

  private long receiptJobs(ManagementService management) {
    return management.createJobQuery().processInstanceId(jobPending).activityId("Task_ConfirmReceipt").count();
  }

  private String number(String processInstanceId) {
    return app.getBean(HistoryService.class).createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult().getBusinessKey();
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(ReverseMentoringApplication.class).run(
        "--server.port=0",
        "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("reverse-mentoring").toAbsolutePath(),
        "--reverse-mentoring.demo.embedded-smtp=false",
        "--spring.mail.port=" + smtp.getSmtp().getPort(),
        "--camunda.bpm.job-execution.enabled=false",
        "--reverse-mentoring.worklist.digest-enabled=false",
        // not "default": the REST API of other test contexts in this JVM finds its engine by that name
        "--camunda.bpm.process-engine-name=restartInWaitStates",
        "--reverse-mentoring.base-url=http://mentoring.test");
  }
}
