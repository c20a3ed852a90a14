package org.reversementoring.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.reversementoring.identity.TasklistFilters;
import org.reversementoring.support.Postgres;

/**
 * Camunda alone, without any of the app's code, on a copy of the same database: the engine's
 * own time for the task list, a completion and a start at the program's size, over the Java API. It
 * runs the {@link BaselineModel} the lifecycle benchmark left deployed, the job executor on
 * (for this deployment only: the app's models would need the app's beans).
 */
final class BareEngine implements AutoCloseable {

  /** The app keeps full history (less personal variables) under its own level id (common.PersonalDataHistoryLevel); the engine checks the id. */
  private static final int APP_HISTORY_LEVEL_ID = 31;

  private final ProcessEngine engine;

  private BareEngine(ProcessEngine engine) {
    this.engine = engine;
  }

  static BareEngine start(String database) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneProcessEngineConfiguration()
        .setJdbcUrl(Postgres.url(database))
        .setJdbcUsername(Postgres.user())
        .setJdbcPassword(Postgres.password())
        .setJdbcDriver("org.postgresql.Driver")
        .setJdbcMaxActiveConnections(30) // as the app's connection pool
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
        .setJobExecutorActivate(true)
        .setJobExecutorDeploymentAware(true);
    // as the Spring Boot starter: the default id blocks from one database row serialize concurrent writers
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setCustomHistoryLevels(List.of(new HistoryLevelFull() {
      @Override
      public int getId() {
        return APP_HISTORY_LEVEL_ID;
      }

      @Override
      public String getName() {
        return "full-as-the-app";
      }
    }));
    configuration.setHistory("full-as-the-app");
    ProcessEngine engine = configuration.buildProcessEngine();
    String deployment = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(BaselineModel.KEY)
        .latestVersion().singleResult().getDeploymentId();
    engine.getManagementService().registerDeploymentForJobExecutor(deployment);
    return new BareEngine(engine);
  }

  /** Starts this many instances (16 at a time) and waits until each waits at its first task. */
  void openTasks(long count, Duration timeout) throws InterruptedException {
    ExecutorService starters = Executors.newFixedThreadPool(LatencyBenchmark.CLIENTS);
    for (long i = 0; i < count; i++) {
      String businessKey = "latency-" + i;
      starters.execute(() -> engine.getRuntimeService().startProcessInstanceByKey(BaselineModel.KEY, businessKey));
    }
    starters.shutdown();
    starters.awaitTermination(timeout.toSeconds(), TimeUnit.SECONDS);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (engine.getTaskService().createTaskQuery().processDefinitionKey(BaselineModel.KEY).count() < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the bare engine's job executor did not open " + count + " tasks in " + timeout);
      }
      Thread.sleep(200);
    }
  }

  /** The filter's first page as Tasklist asks for it (newest first, 15) and its count, as the REST resource runs them. */
  List<LoadRun.Request> taskListClients() {
    String filter = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.ALL_PROGRAM_TASKS)
        .singleResult().getId();
    return clients(() -> () -> {
      engine.getFilterService().listPage(filter,
          engine.getTaskService().createTaskQuery().active().orderByTaskCreateTime().desc(), 0, 15);
      engine.getFilterService().count(filter, engine.getTaskService().createTaskQuery().active());
      return 200;
    });
  }

  /** Completes the baseline's open tasks, oldest first; each completion opens the instance's next one after a job. */
  List<LoadRun.Request> completionClients() {
    TaskPool tasks = new TaskPool(() -> engine.getTaskService().createTaskQuery().processDefinitionKey(BaselineModel.KEY)
        .orderByTaskCreateTime().asc().listPage(0, 1000).stream()
        .map(task -> new TaskPool.OpenTask(task.getId(), task.getTaskDefinitionKey())).toList());
    return clients(() -> {
      String task = tasks.next().id();
      return () -> {
        engine.getTaskService().complete(task);
        return 200;
      };
    });
  }

  /**
   * Starts instances of the baseline: the start runs to its first async step, so it writes the instance, its
   * history and a job; the job executor then runs the job and opens the first task beside the clients.
   */
  List<LoadRun.Request> startClients() {
    AtomicLong started = new AtomicLong();
    return clients(() -> {
      String businessKey = "latency-start-" + started.incrementAndGet();
      return () -> {
        engine.getRuntimeService().startProcessInstanceByKey(BaselineModel.KEY, businessKey);
        return 200;
      };
    });
  }

  private static List<LoadRun.Request> clients(LoadRun.Request request) {
    List<LoadRun.Request> clients = new ArrayList<>();
    for (int i = 0; i < LatencyBenchmark.CLIENTS; i++) {
      clients.add(request);
    }
    return clients;
  }

  @Override
  public void close() {
    engine.close();
  }
}
