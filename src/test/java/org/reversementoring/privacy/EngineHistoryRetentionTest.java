package org.reversementoring.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The engine keeps a closed case's history for its 180 days and the nightly clean-up removes it
 * after that, going by the case's end time (no removal time is written into the history when a
 * case ends). The clean-up takes every case that is due, so this class has an app of its own.
 */
@AppTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:retention-${random.uuid};DB_CLOSE_DELAY=-1")
@DirtiesContext
class EngineHistoryRetentionTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;

  @Test
  void aClosedApplicationsHistoryStays180DaysAndIsThenCleanedUp() {
    String number = runtime.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY,
        ApplicationFixtures.application("retention.case@example.com")).getBusinessKey();
    Jobs.runDue(management);
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId(),
        Map.of(RecruitmentVariables.SUPERVISOR_DECISION.name(), "refuse"));
    Jobs.runDue(management);
    HistoricProcessInstance closed = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(number).singleResult();
    assertThat(closed.getEndTime()).as("the case is closed").isNotNull();
    assertThat(closed.getRemovalTime()).as("the clean-up goes by the end time; closing wrote no removal time").isNull();

    cleanUpOn(closed.getEndTime(), Duration.ofDays(179));
    assertThat(historyOf(closed.getId())).as("179 days after closing").allSatisfy(rows -> assertThat(rows).isPositive());

    cleanUpOn(closed.getEndTime(), Duration.ofDays(181));
    assertThat(historyOf(closed.getId())).as("181 days after closing").containsOnly(0L);
  }

  private void cleanUpOn(Date closed, Duration later) {
    ClockUtil.setCurrentTime(Date.from(closed.toInstant().plus(later)));
    management.executeJob(history.cleanUpHistoryAsync(true).getId());
  }

  /** The case, its steps, its variables, its tasks and its job log. */
  private List<Long> historyOf(String processInstanceId) {
    return List.of(
        history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count(),
        history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).count(),
        history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).count(),
        history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).count(),
        history.createHistoricJobLogQuery().processInstanceId(processInstanceId).count());
  }
}
