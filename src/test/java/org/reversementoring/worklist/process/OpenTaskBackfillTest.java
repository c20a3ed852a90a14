package org.reversementoring.worklist.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;

/** A task opened before the program had case columns and due dates gets them at the next start. */
@AppTest
class OpenTaskBackfillTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired OpenTaskBackfill backfill;

  @Test
  void aTaskFromBeforeTheUpgradeGetsItsCaseColumnsAndTheDueDateFromItsCreation() {
    String number = runtime.startProcessInstanceByKey("mentor-recruitment",
        ApplicationFixtures.application("upgraded.task@example.com")).getBusinessKey();
    Jobs.runDue(management);
    Task consent = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
    // as a task of the last release was: no case columns, no due date
    consent.setDueDate(null);
    tasks.saveTask(consent);
    tasks.removeVariablesLocal(consent.getId(), List.of("caseNumber", "caseLabel"));

    assertThat(backfill.backfill()).isEqualTo(1);

    Task marked = tasks.createTaskQuery().taskId(consent.getId()).singleResult();
    assertThat(tasks.getVariablesLocal(marked.getId())).containsEntry("caseNumber", number)
        .containsEntry("caseLabel", "Zoë Łukasiewicz-Müller · Vehicle electronics · Connected car apps, AI tools");
    assertThat(marked.getDueDate()).isEqualTo(Date.from(marked.getCreateTime().toInstant()
        .atZone(ZoneId.of("Europe/Berlin")).plusDays(10).toInstant()));
    assertThat(backfill.backfill()).as("once").isZero();
    tasks.complete(marked.getId(), Map.of("supervisorDecision", "refuse"));
  }
}
