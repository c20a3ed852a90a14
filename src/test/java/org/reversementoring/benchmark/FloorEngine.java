package org.reversementoring.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.reversementoring.worklist.MorningDigestMails;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The engine floor of the program journey: a plain Camunda engine (no Spring) with the app's
 * engine settings, on its own database, deploying the app's models and forms, with every bean
 * the models call replaced by {@link FloorDoubles}. The app's own engine plugins (worklist
 * listener, form contracts, start guard, identity rules) are application code and stay out.
 */
final class FloorEngine implements AutoCloseable {

  final ProcessEngine engine;
  final HikariDataSource dataSource;

  private FloorEngine(ProcessEngine engine, HikariDataSource dataSource) {
    this.engine = engine;
    this.dataSource = dataSource;
  }

  /**
   * Starts the floor with the settings of {@code app}'s engine on the database at {@code jdbcUrl},
   * deploying what the app's {@code camunda.bpm.deployment-resource-pattern} finds.
   */
  static FloorEngine start(ProcessEngine app, String[] resourcePatterns, String jdbcUrl, String user, String password) {
    ProcessEngineConfigurationImpl settings = (ProcessEngineConfigurationImpl) app.getProcessEngineConfiguration();
    List<Resource> resources = resources(resourcePatterns);
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(jdbcUrl);
    dataSource.setUsername(user);
    dataSource.setPassword(password);
    StandaloneProcessEngineConfiguration floor = new StandaloneProcessEngineConfiguration();
    floor.setProcessEngineName("floor");
    floor.setDataSource(dataSource);
    floor.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    floor.setJobExecutorActivate(false);
    // application.yml and the Spring Boot starter's defaults
    floor.setCustomHistoryLevels(List.of(settings.getHistoryLevel()));
    floor.setHistory(settings.getHistoryLevel().getName());
    floor.setIdGenerator(new StrongUuidGenerator());
    floor.setAuthorizationEnabled(settings.isAuthorizationEnabled());
    floor.setDefaultUserPermissionNameForTask(settings.getDefaultUserPermissionNameForTask());
    floor.setFailedJobRetryTimeCycle(settings.getFailedJobRetryTimeCycle());
    floor.setEnforceHistoryTimeToLive(settings.isEnforceHistoryTimeToLive());
    floor.setHistoryCleanupBatchWindowStartTime(settings.getHistoryCleanupBatchWindowStartTime());
    floor.setHistoryCleanupBatchWindowEndTime(settings.getHistoryCleanupBatchWindowEndTime());
    floor.setHistoryCleanupStrategy(settings.getHistoryCleanupStrategy());
    floor.setHistoryRemovalTimeStrategy(settings.getHistoryRemovalTimeStrategy());
    floor.setJdbcBatchProcessing(settings.isJdbcBatchProcessing());
    floor.setDefaultSerializationFormat(settings.getDefaultSerializationFormat());
    floor.setProcessEnginePlugins(new ArrayList<>(List.of(new SpinProcessEnginePlugin())));
    floor.setBeans(new FloorDoubles().beans(resources));
    ProcessEngine engine = floor.buildProcessEngine();
    deploy(engine, resources);
    return new FloorEngine(engine, dataSource);
  }

  private static void deploy(ProcessEngine engine, List<Resource> resources) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("floor");
    for (Resource resource : resources) {
      try {
        deployment.addInputStream(resource.getFilename(), resource.getInputStream());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    deployment.deploy();
    // as the app does while the digest is off (worklist.process.DigestSchedule)
    engine.getRepositoryService().updateProcessDefinitionSuspensionState().byProcessDefinitionKey(MorningDigestMails.PROCESS_KEY)
        .suspend();
  }

  private static List<Resource> resources(String[] patterns) {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    List<Resource> resources = new ArrayList<>();
    try {
      for (String pattern : patterns) {
        resources.addAll(List.of(resolver.getResources(pattern)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return resources;
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }
}
