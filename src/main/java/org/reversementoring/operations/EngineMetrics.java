package org.reversementoring.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * What operations watch in the engine, as gauges read at every scrape. Every value is one
 * {@code count(*)} query, run without Camunda authorization checks so the numbers are the same
 * whoever scrapes:
 * <ul>
 *   <li>{@value #INCIDENTS} by {@code incident_type} (the engine's incident handlers, usually
 *       {@code failedJob} and {@code failedExternalTask}, and {@code other});</li>
 *   <li>{@value #JOBS_EXECUTABLE}: jobs due with retries left, waiting for the job executor;</li>
 *   <li>{@value #JOBS_NO_RETRIES}: jobs that failed until no retry was left (each one has an
 *       incident);</li>
 *   <li>{@value #INSTANCES_RUNNING} by {@code process_definition_key}, one series per process
 *       deployed when the app started (processes are deployed with the app).</li>
 * </ul>
 */
@Component
class EngineMetrics implements MeterBinder {

  static final String INCIDENTS = "camunda.incidents.open";
  static final String JOBS_EXECUTABLE = "camunda.jobs.executable";
  static final String JOBS_NO_RETRIES = "camunda.jobs.no.retries.left";
  static final String INSTANCES_RUNNING = "camunda.process.instances.running";
  static final String OTHER_INCIDENT_TYPE = "other";

  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final RuntimeService runtime;
  private final ManagementService management;

  EngineMetrics(ProcessEngineConfigurationImpl engineConfiguration, RuntimeService runtime,
      ManagementService management) {
    this.engineConfiguration = engineConfiguration;
    this.runtime = runtime;
    this.management = management;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Set<String> incidentTypes = new TreeSet<>(engineConfiguration.getIncidentHandlers().keySet());
    for (String type : incidentTypes) {
      Gauge.builder(INCIDENTS, () -> count(() -> runtime.createIncidentQuery().incidentType(type).count()))
          .description("Open incidents").tag("incident_type", type).register(registry);
    }
    Gauge.builder(INCIDENTS, () -> otherIncidents(List.copyOf(incidentTypes)))
        .description("Open incidents").tag("incident_type", OTHER_INCIDENT_TYPE).register(registry);

    Gauge.builder(JOBS_EXECUTABLE, () -> count(() -> management.createJobQuery().executable().count()))
        .description("Jobs due with retries left, waiting for the job executor").register(registry);
    Gauge.builder(JOBS_NO_RETRIES, () -> count(() -> management.createJobQuery().noRetriesLeft().count()))
        .description("Jobs without retries left (each has an incident)").register(registry);

    for (String key : deployedProcessKeys()) {
      Gauge.builder(INSTANCES_RUNNING,
              () -> count(() -> runtime.createProcessInstanceQuery().processDefinitionKey(key).count()))
          .description("Running (active or suspended) process instances")
          .tag("process_definition_key", key).register(registry);
    }
  }

  private double otherIncidents(List<String> knownTypes) {
    return count(() -> {
      long other = runtime.createIncidentQuery().count();
      for (String type : knownTypes) {
        other -= runtime.createIncidentQuery().incidentType(type).count();
      }
      return Math.max(other, 0);
    });
  }

  private Set<String> deployedProcessKeys() {
    Set<String> keys = new TreeSet<>();
    count(() -> {
      new ProcessDefinitionQueryWithoutDescriptions(engineConfiguration.getCommandExecutorTxRequired())
          .latestVersion().list().stream()
          .map(ProcessDefinition::getKey).forEach(keys::add);
      return keys.size();
    });
    return keys;
  }

  /** Runs the queries in one engine command with authorization checks off. */
  private double count(Supplier<Number> queries) {
    return engineConfiguration.getCommandExecutorTxRequired().execute(commandContext -> {
      commandContext.disableAuthorizationCheck();
      return queries.get().doubleValue();
    });
  }
}
