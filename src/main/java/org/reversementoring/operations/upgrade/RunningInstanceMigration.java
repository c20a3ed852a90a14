package org.reversementoring.operations.upgrade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.reversementoring.operations.ProcessDefinitionQueryWithoutDescriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves every running instance of an earlier version of a process to the process's latest
 * version, with the plan of its {@link ProcessUpgrade}: Camunda's migration API, validated before
 * anything changes, one instance per transaction (an instance moves whole or not at all, and a
 * start that stops halfway leaves every instance on one definition or the other; the next start
 * goes on). Instances already on the latest version are not touched, so a second run, or a
 * second node starting at the same time, finds nothing to do.
 *
 * <p>An instance that cannot move (the plan does not validate, or the instance does not fit it)
 * is not skipped: it stays on its definition, gets an incident of type {@value #INCIDENT_TYPE}
 * with the reason (Cockpit shows it; the engine metrics count it) and is suspended, so none of its
 * old model's steps runs on code that no longer serves them. Once a later start (with a fixed
 * plan) migrates it, the incident is resolved and the instance activated again.
 */
public final class RunningInstanceMigration {

  /** Incident type of an instance that could not be migrated. */
  public static final String INCIDENT_TYPE = "upgradeMigration";

  private static final Logger LOG = LoggerFactory.getLogger(RunningInstanceMigration.class);
  private static final int MAX_MESSAGE = 2000;

  /** Per process: how many instances moved from which versions, and which could not. */
  public record Result(String processKey, int latestVersion, Map<Integer, Integer> migratedFromVersion,
      Map<String, String> failedInstances) {

    public int migrated() {
      return migratedFromVersion.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final CommandExecutor transactions;
  private final Map<String, ProcessUpgrade> upgrades;

  public RunningInstanceMigration(ProcessEngine engine, Map<String, ProcessUpgrade> upgrades) {
    this.engine = engine;
    this.runtime = engine.getRuntimeService();
    this.repository = engine.getRepositoryService();
    this.transactions = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    this.upgrades = Map.copyOf(upgrades);
  }

  /** Migrates every process that has an upgrade; a process without one keeps its instances where they are. */
  public List<Result> migrateEveryRunningInstance() {
    List<Result> results = new ArrayList<>();
    for (String key : new TreeMap<>(upgrades).keySet()) {
      ProcessDefinition latest = definitions().processDefinitionKey(key)
          .withoutTenantId().latestVersion().singleResult();
      if (latest != null) {
        results.add(migrate(upgrades.get(key), latest));
      }
    }
    warnAboutProcessesWithoutUpgrade();
    return results;
  }

  private Result migrate(ProcessUpgrade upgrade, ProcessDefinition latest) {
    Map<Integer, Integer> migrated = new TreeMap<>();
    Map<String, String> failed = new LinkedHashMap<>();
    for (ProcessDefinition earlier : definitions().processDefinitionKey(latest.getKey())
        .withoutTenantId().orderByProcessDefinitionVersion().asc().list()) {
      if (earlier.getVersion() >= latest.getVersion()) {
        continue;
      }
      List<String> instances = runtime.createProcessInstanceQuery().processDefinitionId(earlier.getId()).list()
          .stream().map(ProcessInstance::getId).toList();
      if (instances.isEmpty()) {
        continue;
      }
      MigrationPlan plan;
      try {
        plan = plan(upgrade, earlier, latest);
      } catch (MigrationPlanValidationException e) {
        String reason = "The plan from " + earlier.getId() + " to " + latest.getId() + " does not validate: "
            + e.getMessage();
        instances.forEach(id -> failed.put(id, leaveVisible(id, earlier, reason)));
        continue;
      }
      for (String id : instances) {
        String failure = migrateOne(upgrade, plan, id, latest);
        if (failure == null) {
          migrated.merge(earlier.getVersion(), 1, Integer::sum);
        } else {
          failed.put(id, leaveVisible(id, earlier, failure));
        }
      }
    }
    Result result = new Result(latest.getKey(), latest.getVersion(), migrated, failed);
    if (result.migrated() > 0 || !failed.isEmpty()) {
      LOG.info("Upgrade {}: {} running instance(s) migrated to version {} (from versions {}), {} could not be;"
          + " plan: {}; why: {}", latest.getKey(), result.migrated(), latest.getVersion(), migrated, failed.size(),
          upgrade.summary(), upgrade.decision());
    }
    return result;
  }

  /**
   * {@code mapEqualActivities()}, with the upgrade's renamed activities mapped explicitly instead
   * and its changed event triggers updated, and its variables; validated by {@code build()}.
   */
  MigrationPlan plan(ProcessUpgrade upgrade, ProcessDefinition earlier, ProcessDefinition latest) {
    MigrationPlan equal = runtime.createMigrationPlan(earlier.getId(), latest.getId()).mapEqualActivities().build();
    BpmnModelInstance earlierModel = repository.getBpmnModelInstance(earlier.getId());
    Map<String, String> renamed = new LinkedHashMap<>();
    upgrade.renamedActivities().forEach((from, to) -> {
      if (earlierModel.getModelElementById(from) != null) {
        renamed.put(from, to);
      }
    });
    MigrationPlanBuilder builder = runtime.createMigrationPlan(earlier.getId(), latest.getId());
    for (MigrationInstruction instruction : equal.getInstructions()) {
      if (!renamed.containsKey(instruction.getSourceActivityId())) {
        map(builder, instruction.getSourceActivityId(), instruction.getTargetActivityId(), upgrade);
      }
    }
    renamed.forEach((from, to) -> map(builder, from, to, upgrade));
    if (!upgrade.setVariables().isEmpty()) {
      builder.setVariables(upgrade.setVariables());
    }
    return builder.build();
  }

  private static void map(MigrationPlanBuilder builder, String from, String to, ProcessUpgrade upgrade) {
    MigrationInstructionBuilder instruction = builder.mapActivities(from, to);
    if (upgrade.changedEventTriggers().contains(to)) {
      instruction.updateEventTrigger();
    }
  }

  /** Migrates one instance in a transaction of its own; answers why it could not, or null. */
  private String migrateOne(ProcessUpgrade upgrade, MigrationPlan plan, String processInstanceId,
      ProcessDefinition latest) {
    for (int attempt = 1; ; attempt++) {
      try {
        transactions.execute(context -> {
          List<Incident> earlierFailures = runtime.createIncidentQuery().processInstanceId(processInstanceId)
              .incidentType(INCIDENT_TYPE).list();
          if (!earlierFailures.isEmpty() && isSuspended(processInstanceId)) {
            runtime.activateProcessInstanceById(processInstanceId);
          }
          runtime.newMigration(plan).processInstanceIds(processInstanceId).execute();
          for (ProcessUpgrade.InstanceStep step : upgrade.afterMigration()) {
            step.apply(engine, processInstanceId);
          }
          earlierFailures.forEach(incident -> runtime.resolveIncident(incident.getId()));
          return null;
        });
        return null;
      } catch (MigratingProcessInstanceValidationException e) {
        return e.getMessage();
      } catch (OptimisticLockingException e) {
        // another node (or a request) changed the instance meanwhile: done there, or try again
        ProcessInstance now = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (now == null || now.getProcessDefinitionId().equals(latest.getId())) {
          return null;
        }
        if (attempt == 3) {
          return "Changed by someone else while it was migrated, three times: " + e.getMessage();
        }
      } catch (ProcessEngineException e) {
        if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
          return null; // ended meanwhile: nothing left to migrate
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
      } catch (RuntimeException e) {
        // a step after the migration failed: rolled back with it, the instance stays where it was
        LOG.error("Upgrade: migrating instance {} failed", processInstanceId, e);
        return e.getClass().getSimpleName() + ": " + e.getMessage();
      }
    }
  }

  /**
   * An instance that stays on its earlier definition: an incident with the reason, the instance
   * suspended (once: a later start that fails again adds nothing). Answers the reason.
   */
  private String leaveVisible(String processInstanceId, ProcessDefinition earlier, String reason) {
    String message = "Not migrated to the latest version at upgrade, suspended: " + reason;
    String shortened = message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    LOG.warn("Upgrade {}: instance {} (business key {}) stays on {}: {}", earlier.getKey(), processInstanceId,
        businessKey(processInstanceId), earlier.getId(), reason);
    try {
      transactions.execute(context -> {
        if (runtime.createIncidentQuery().processInstanceId(processInstanceId).incidentType(INCIDENT_TYPE).count() == 0) {
          runtime.createIncident(INCIDENT_TYPE, processInstanceId, earlier.getId(), shortened);
        }
        if (!isSuspended(processInstanceId)) {
          runtime.suspendProcessInstanceById(processInstanceId);
        }
        return null;
      });
    } catch (ProcessEngineException e) {
      LOG.error("Upgrade {}: could not mark instance {} as not migrated: {}", earlier.getKey(), processInstanceId,
          e.getMessage(), e);
    }
    return reason;
  }

  private boolean isSuspended(String processInstanceId) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    return instance != null && instance.isSuspended();
  }

  private String businessKey(String processInstanceId) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  private ProcessDefinitionQuery definitions() {
    return new ProcessDefinitionQueryWithoutDescriptions(transactions);
  }

  private void warnAboutProcessesWithoutUpgrade() {
    Map<String, Long> unknown = definitions().latestVersion().list().stream()
        .filter(latest -> !upgrades.containsKey(latest.getKey()))
        .collect(Collectors.toMap(ProcessDefinition::getKey,
            latest -> runtime.createProcessInstanceQuery().processDefinitionKey(latest.getKey()).count()
                - runtime.createProcessInstanceQuery().processDefinitionId(latest.getId()).count(),
            Long::sum, TreeMap::new));
    unknown.values().removeIf(count -> count == 0);
    if (!unknown.isEmpty()) {
      LOG.warn("Upgrade: processes without an upgrade in operations.upgrade.ProcessUpgrades keep instances on"
          + " earlier versions: {}", unknown);
    }
  }
}
