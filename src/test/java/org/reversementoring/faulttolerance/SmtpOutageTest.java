package org.reversementoring.faulttolerance;

import org.reversementoring.support.TestSmtp;
import static org.assertj.core.api.Assertions.assertThat;
import org.reversementoring.support.ApplicationFixtures;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reversementoring.recruitment.RecruitmentVariables.PROCESS_KEY;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.notification.Notification;
import org.reversementoring.notification.NotificationRepository;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.ApplicationStatus;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.Mails;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The mail server is down when an apprentice applies: the application is kept, the receipt
 * step retries on its cycle (R5/PT5M), becomes an incident, and once the server is back and an
 * operator retries the job (Cockpit's "Increment retries"), the receipt goes out exactly once.
 */
@AppTest
class SmtpOutageTest {

  private static final String APPLICANT = "zoe.outage@example.com";
  private static final String SUPERVISOR = "supervisor.outage@example.com";

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired NotificationRepository notifications;
  @Autowired ApplicationService applications;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void receiptRetriesOnItsCycleBecomesAnIncidentAndIsSentExactlyOnceWhenTheServerIsBack() {
    smtp.stop();

    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, ApplicationFixtures.application(APPLICANT, SUPERVISOR));
    String number = instance.getBusinessKey();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .as("the submission stands although no mail can leave").isOne();
    assertThat(applications.findByNumber(number)).get()
        .extracting(a -> a.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);

    Job receipt = management.createJobQuery().processInstanceId(instance.getId())
        .activityId("Task_ConfirmReceipt").singleResult();
    assertThat(receipt).as("the receipt is a job of its own").isNotNull();

    List<Integer> retriesLeft = new ArrayList<>();
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(management.createJobQuery().jobId(receipt.getId()).executable().count())
          .as("try %d is due", attempt).isOne();
      assertThatThrownBy(() -> management.executeJob(receipt.getId()))
          .as("try %d fails: the mail server is down", attempt).isNotNull();
      int retries = management.createJobQuery().jobId(receipt.getId()).singleResult().getRetries();
      retriesLeft.add(retries);
      if (retries > 0) {
        assertThat(management.createJobQuery().jobId(receipt.getId()).executable().count())
            .as("after try %d the next waits for the retry interval", attempt).isZero();
        moveClock(Duration.ofMinutes(5).plusSeconds(1));
      }
    }
    assertThat(retriesLeft).as("retries left after each try").containsExactly(4, 3, 2, 1, 0);

    Incident incident = runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident).as("an incident shows in Cockpit").isNotNull();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo("Task_ConfirmReceipt");
    assertThat(incident.getConfiguration()).isEqualTo(receipt.getId());
    assertThat(notifications.findByProcessInstanceIdOrderByIdAsc(instance.getId()))
        .as("the notification log shows every failed try")
        .extracting(n -> n.getTemplate() + ":" + n.getStatus())
        .containsExactly(java.util.Collections.nCopies(5, "application-received:FAILED").toArray(String[]::new));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .as("the incident keeps the application; nothing is rolled back").isOne();
    assertThat(smtp.getReceivedMessages()).isEmpty();

    smtp.start();
    management.setJobRetries(receipt.getId(), 1);
    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count())
        .as("retrying resolves the incident").isZero();
    management.executeJob(receipt.getId());

    assertThat(receipts()).as("exactly one receipt").hasSize(1);
    assertThat(Mails.subject(receipts().get(0))).isEqualTo("We received your application " + number);

    Jobs.runDue(management);
    Jobs.runDue(management);
    assertThat(receipts()).as("running the jobs again sends no second receipt").hasSize(1);
    assertThat(Mails.to(smtp.getReceivedMessages(), SUPERVISOR)).as("the process went on: consent request")
        .hasSize(1);
    assertThat(notifications.findByProcessInstanceIdOrderByIdAsc(instance.getId()))
        .filteredOn(n -> n.getStatus() == Notification.Status.SENT)
        .extracting(Notification::getTemplate)
        .containsExactly("application-received", "supervisor-consent-request");
    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  private List<jakarta.mail.internet.MimeMessage> receipts() {
    return Mails.to(smtp.getReceivedMessages(), APPLICANT);
  }

  private static void moveClock(Duration by) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
  }
}
