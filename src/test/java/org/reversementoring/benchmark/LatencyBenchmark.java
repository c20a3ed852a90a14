package org.reversementoring.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reversementoring.support.JarProcess;
import org.reversementoring.support.JarProcess.Probe;
import org.reversementoring.support.Postgres;

/**
 * Answer times at the program's size, as people feel them: on a copy of the database a
 * {@link LifecycleBenchmark} run kept ({@code -Dbenchmark.keep=<name>}), the real app in its own
 * JVM with {@code -Xmx512m}, and 16 clients, each its own logged-in session, for each scenario
 * in turn ({@code -Dbenchmark.seconds}, default 120): start an application, a coordinator's
 * Tasklist list, complete a task, the report page and JSON (every client the whole program, then
 * every client a period of its own), a participant's program page. Then
 * the same task list and completion, and a start, on the bare engine (Java API) on a second copy. The app is the
 * packaged jar as README "Start faster" ships it: extracted, with a class data sharing archive. Prints
 * p50/p95/p99/max and the CPU per request of the server and PostgreSQL per scenario, and the
 * time the app takes to be ready. The kept database is
 * not changed; both copies are dropped afterwards.
 *
 * <p>{@code ./mvnw -Pbenchmark-latency package -Dbenchmark.keep=<name> [-Dbenchmark.seconds=120]}
 */
public final class LatencyBenchmark {

  static final int CLIENTS = 16;
  private static final String HEAP = "-Xmx512m";
  private static final double START_AND_COMPLETE_P95_MS = 150;
  private static final double REPORT_P95_MS = 1000;
  private static final Duration APP_START_TARGET = Duration.ofSeconds(10);
  private static final Duration SETTLING = Duration.ofMinutes(10);
  private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmup", 20));

  private LatencyBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    String kept = System.getProperty("benchmark.keep", "").strip();
    if (kept.isEmpty()) {
      throw new IllegalArgumentException("-Dbenchmark.keep=<database kept by the lifecycle benchmark> is required");
    }
    Duration duration = Duration.ofSeconds(Long.getLong("benchmark.seconds", 120));
    System.out.printf(Locale.ROOT, "%d cores, Java %s, load average %.2f; database %s: %d process instances (%d of %s)%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), load(), kept,
        Postgres.count(kept, "select count(*) from act_hi_procinst"),
        Postgres.count(kept, "select count(*) from act_hi_procinst where proc_def_key_ = 'mentor-recruitment'"),
        "mentor-recruitment");
    System.out.println("PostgreSQL: " + Postgres.serverSettings());
    long openTasks = measureApp(kept, duration);
    measureBareEngine(kept, duration, openTasks);
    System.out.printf(Locale.ROOT, "load average at the end %.2f%n", load());
  }

  /** Answers how many tasks were open while the task list was measured. */
  private static long measureApp(String kept, Duration duration) throws Exception {
    String copy = kept + "_app";
    Postgres.copy(kept, copy);
    Path directory = Path.of("target", "latency-app");
    ClassDataArchive.Shipped shipped = ClassDataArchive.prepare(packagedJar(), directory, HEAP);
    System.out.printf(Locale.ROOT, "class data sharing archive made by a training start (H2 in memory, until the context "
        + "was refreshed) in %.1f s%n", shipped.training().toMillis() / 1000.0);
    try (JarProcess app = JarProcess.start(shipped.jar(), directory, shipped.javaOptions(HEAP), appArguments(copy),
        Map.of(), Probe.health(AppScenarios.basicAdmin()))) {
      Duration ready = app.startup();
      System.out.printf(Locale.ROOT, "app (%s, class data sharing archive, log %s) ready, health UP, after %.1f s: "
          + "target <= %d s %s%n", HEAP, app.log(), ready.toMillis() / 1000.0, APP_START_TARGET.toSeconds(),
          ready.compareTo(APP_START_TARGET) <= 0 ? "met" : "MISSED");
      System.out.println(Latencies.header());
      AppScenarios scenarios = new AppScenarios(URI.create(app.baseUrl()));
      CpuMeter.Server server = new CpuMeter.Server(app.handle(), "app");
      Latencies starts = measure("app: start an application (REST)", scenarios.startApplication(), duration,
          START_AND_COMPLETE_P95_MS, server);
      long openTasks = scenarios.awaitConsents(starts.count() - starts.errorCount(), SETTLING);
      measure("app: Tasklist \"All program tasks\" (" + openTasks + " open)", scenarios.taskList(), duration, 0, server);
      measure("app: complete a task (Tasklist form)", scenarios.completeTask(scenarios.openApplicationTasks()),
          duration, START_AND_COMPLETE_P95_MS, server);
      measure("app: report page /reports/program", scenarios.report("/reports/program"), duration, REPORT_P95_MS, server);
      measure("app: report JSON /api/reports/program", scenarios.report("/api/reports/program"), duration, REPORT_P95_MS,
          server);
      measure("app: report JSON, a period per client", scenarios.reportOwnPeriods("/api/reports/program"), duration,
          REPORT_P95_MS, server);
      measure("app: participant's program page /me", scenarios.programPage(), duration, 0, server);
      System.out.printf("app still running: %s, heap used at the end %d MB%n", app.isAlive(), scenarios.heapUsedMegabytes());
      return openTasks;
    } finally {
      Postgres.drop(copy);
    }
  }

  private static void measureBareEngine(String kept, Duration duration, long openTasks) throws Exception {
    String copy = kept + "_bare";
    Postgres.copy(kept, copy);
    try (BareEngine engine = BareEngine.start(copy)) {
      engine.openTasks(openTasks, SETTLING);
      CpuMeter.Server server = new CpuMeter.Server(ProcessHandle.current(), "engine and clients");
      measure("bare engine: the same filter (" + openTasks + " open)", engine.taskListClients(), duration, 0, server);
      measure("bare engine: complete a task", engine.completionClients(), duration, 0, server);
      measure("bare engine: start an instance", engine.startClients(), duration, 0, server);
    } finally {
      Postgres.drop(copy);
    }
  }

  /**
   * Warms the clients up untimed (the JIT, caches, connections), then measures them and the CPU
   * the serving process and PostgreSQL spend on it.
   */
  private static Latencies measure(String scenario, List<LoadRun.Request> clients, Duration duration, double p95TargetMs,
      CpuMeter.Server server) throws InterruptedException {
    LoadRun.run(scenario, clients, WARM_UP);
    CpuMeter cpu = CpuMeter.start(server);
    Latencies latencies = LoadRun.run(scenario, clients, duration);
    System.out.println(latencies.row(p95TargetMs) + "  " + cpu.perRequest(latencies.count()));
    return latencies;
  }

  /** The jar this build packaged ({@code -Dbenchmark.appJar}, set by the benchmark's Maven profile). */
  private static Path packagedJar() {
    String jar = System.getProperty("benchmark.appJar", "");
    if (jar.isBlank() || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException("-Dbenchmark.appJar=<the packaged jar> is missing or no file: "
          + "./mvnw -Pbenchmark-latency package packages it and passes it");
    }
    return Path.of(jar);
  }

  /** PostgreSQL, the job executor on; the demo profile for its users and embedded mail server. */
  private static List<String> appArguments(String database) {
    return List.of("--spring.profiles.active=demo,postgres",
        "--spring.datasource.url=" + Postgres.url(database),
        "--spring.datasource.username=" + Postgres.user(),
        "--spring.datasource.password=" + Postgres.password(),
        "--spring.mail.port=" + JarProcess.freePort(),
        "--logging.level.root=WARN");
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
