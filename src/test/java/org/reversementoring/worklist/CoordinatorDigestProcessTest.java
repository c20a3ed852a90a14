package org.reversementoring.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The hourly digest run: its timer, the mail step with its retries, the end. */
@Deployment(resources = "coordinator-digest.bpmn")
class CoordinatorDigestProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0).build();

  org.camunda.bpm.engine.ProcessEngine processEngine;

  private final List<String> mails = new ArrayList<>();
  private RuntimeException mailFailure;

  @BeforeEach
  void setUp() {
    init(processEngine);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-07T05:30:00Z")));
    Mocks.register("processMail", new MailDouble());
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    reset();
  }

  @Test
  void everyHourTheDueDigestsGoOut() {
    Job timer = managementService().createJobQuery().timers().singleResult();
    java.time.LocalTime due = timer.getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalTime();
    assertThat(due.getMinute() + due.getSecond()).as("on the hour, " + due).isZero();

    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService().executeJob(timer.getId());
    ProcessInstance run = processInstanceQuery().processDefinitionKey(MorningDigestMails.PROCESS_KEY).singleResult();
    assertThat(run).isWaitingAt("Task_SendMorningDigests");
    execute(job("Task_SendMorningDigests", run));

    assertThat(run).isEnded().hasPassed("EndEvent_DigestsSent");
    assertThat(mails).containsExactly("morning-digest->coordinators");
    assertThat(managementService().createJobQuery().timers().singleResult().getDuedate())
        .as("the timer waits for the next hour").isAfter(timer.getDuedate());
  }

  @Test
  void aMailOutageRetriesOnItsCycleThenBecomesAnIncident() {
    mailFailure = new IllegalStateException("SMTP server unreachable");
    ProcessInstance run = runtimeService().startProcessInstanceByKey(MorningDigestMails.PROCESS_KEY);
    String sendJob = job("Task_SendMorningDigests", run).getId();
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThatThrownBy(() -> managementService().executeJob(sendJob)).hasMessageContaining("SMTP");
      Job failed = managementService().createJobQuery().jobId(sendJob).singleResult();
      assertThat(failed.getRetries()).isEqualTo(5 - attempt);
      if (attempt < 5) {
        assertThat(failed.getDuedate()).as("next try after PT5M")
            .isAfterOrEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(5))));
      }
    }
    assertThat(runtimeService().createIncidentQuery().processInstanceId(run.getId()).count()).isEqualTo(1);
    assertThat(mails).isEmpty();
  }

  public class MailDouble implements JavaDelegate {
    public Expression template;
    public Expression recipient;

    @Override
    public void execute(DelegateExecution execution) {
      if (mailFailure != null) {
        throw mailFailure;
      }
      mails.add(template.getValue(execution) + "->" + recipient.getValue(execution));
    }
  }
}
