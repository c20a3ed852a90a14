package org.reversementoring.operations.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The upgrade step's rules on small models (the real models and the last release's instances are
 * {@code upgrade.UpgradeFromLastReleaseIT}'s): instances of earlier versions move to the latest
 * with their tasks; one that cannot move stays where it is, visible (incident, suspended), and
 * a later run with a fitting plan moves it and clears both; a step after the migration shares
 * its transaction.
 */
class RunningInstanceMigrationTest {

  private static final String KEY = "upgrade-rules";

  // the test engine of camunda.cfg.xml (it records coverage, hence this extension; none is asserted)
  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder().build();

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void undeploy() {
    ProcessEngine engine = extension.getProcessEngine();
    deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
  }

  @Test
  void instancesOfEarlierVersionsMoveToTheLatestWithTheirTasks() {
    deploy(model("Task_Wait", "Wait"));
    ProcessInstance first = start();
    Task task = task(first);
    deploy(model("Task_Wait", "Wait for it (renamed task name)"));
    ProcessDefinition latest = latest();

    List<RunningInstanceMigration.Result> results = migration(ProcessUpgrade.migrate(KEY, "test")).migrateEveryRunningInstance();

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.migratedFromVersion()).containsExactly(Map.entry(1, 1));
      assertThat(r.failedInstances()).isEmpty();
    });
    assertThat(instance(first).getProcessDefinitionId()).isEqualTo(latest.getId());
    assertThat(task(first).getId()).isEqualTo(task.getId());
    assertThat(migration(ProcessUpgrade.migrate(KEY, "test")).migrateEveryRunningInstance())
        .singleElement().satisfies(r -> assertThat(r.migrated()).isZero());
  }

  @Test
  void anInstanceThatCannotMoveStaysVisibleUntilAFittingPlanMovesIt() {
    deploy(model("Task_Wait", "Wait"));
    ProcessInstance first = start();
    ProcessDefinition earlier = latest();
    deploy(model("Task_Renamed", "Wait"));

    List<RunningInstanceMigration.Result> results = migration(ProcessUpgrade.migrate(KEY, "test")).migrateEveryRunningInstance();

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.migrated()).isZero();
      assertThat(r.failedInstances()).containsOnlyKeys(first.getId());
    });
    assertThat(instance(first).getProcessDefinitionId()).isEqualTo(earlier.getId());
    assertThat(instance(first).isSuspended()).isTrue();
    List<Incident> incidents = incidents(first);
    assertThat(incidents).singleElement().satisfies(i -> {
      assertThat(i.getIncidentMessage()).startsWith("Not migrated to the latest version at upgrade").contains("Task_Wait");
      assertThat(i.getConfiguration()).isEqualTo(earlier.getId());
    });
    // a second start with the same plan adds no second incident
    migration(ProcessUpgrade.migrate(KEY, "test")).migrateEveryRunningInstance();
    assertThat(incidents(first)).hasSize(1);

    migration(ProcessUpgrade.migrate(KEY, "test").renamed("Task_Wait", "Task_Renamed")).migrateEveryRunningInstance();

    assertThat(instance(first).getProcessDefinitionId()).isEqualTo(latest().getId());
    assertThat(instance(first).isSuspended()).isFalse();
    assertThat(incidents(first)).isEmpty();
    assertThat(task(first).getTaskDefinitionKey()).isEqualTo("Task_Renamed");
    extension.getProcessEngine().getTaskService().complete(task(first).getId());
    assertThat(extension.getProcessEngine().getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(first.getId()).count()).isZero();
  }

  @Test
  void aStepAfterTheMigrationSharesItsTransaction() {
    deploy(model("Task_Wait", "Wait"));
    ProcessInstance first = start();
    ProcessDefinition earlier = latest();
    deploy(model("Task_Wait", "Wait"));
    ProcessUpgrade failing = ProcessUpgrade.migrate(KEY, "test").afterMigration(new ProcessUpgrade.InstanceStep() {
      @Override
      public String description() {
        return "sets a variable, then fails";
      }

      @Override
      public void apply(ProcessEngineServices engine, String processInstanceId) {
        engine.getRuntimeService().setVariable(processInstanceId, "half", "done");
        throw new IllegalStateException("step failed");
      }
    });

    assertThat(migration(failing).migrateEveryRunningInstance()).singleElement()
        .satisfies(r -> assertThat(r.failedInstances()).containsOnlyKeys(first.getId()));

    assertThat(instance(first).getProcessDefinitionId()).isEqualTo(earlier.getId());
    assertThat(extension.getProcessEngine().getRuntimeService().getVariable(first.getId(), "half")).isNull();
    assertThat(incidents(first)).singleElement()
        .satisfies(i -> assertThat(i.getIncidentMessage()).contains("step failed"));
  }

  private RunningInstanceMigration migration(ProcessUpgrade upgrade) {
    return new RunningInstanceMigration(extension.getProcessEngine(), Map.of(KEY, upgrade));
  }

  private static BpmnModelInstance model(String taskId, String taskName) {
    return Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
        .startEvent().userTask(taskId).name(taskName).endEvent().done();
  }

  private void deploy(BpmnModelInstance model) {
    deployments.add(extension.getProcessEngine().getRepositoryService().createDeployment()
        .addModelInstance(KEY + ".bpmn", model).deploy().getId());
  }

  private ProcessInstance start() {
    return extension.getProcessEngine().getRuntimeService().startProcessInstanceByKey(KEY, "RMA-TEST");
  }

  private ProcessDefinition latest() {
    return extension.getProcessEngine().getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(KEY).latestVersion().singleResult();
  }

  private ProcessInstance instance(ProcessInstance instance) {
    return extension.getProcessEngine().getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult();
  }

  private Task task(ProcessInstance instance) {
    return extension.getProcessEngine().getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .singleResult();
  }

  private List<Incident> incidents(ProcessInstance instance) {
    return extension.getProcessEngine().getRuntimeService().createIncidentQuery().processInstanceId(instance.getId())
        .incidentType(RunningInstanceMigration.INCIDENT_TYPE).list();
  }
}
