package org.reversementoring.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.reversementoring.ReverseMentoringApplication;
import org.reversementoring.academy.AcademyVariables;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.closing.ClosingVariables;
import org.reversementoring.matching.MatchingVariables;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.JourneyDriver;
import org.reversementoring.support.ProgramAnswers;
import org.reversementoring.tandem.TandemVariables;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs N complete program journeys on the real process models, one thread, the engine clock moved
 * instead of waiting, mails sent over SMTP to the demo profile's embedded GreenMail: an apprentice
 * applies and is selected, qualifies at the Academy, an executive enrols, matching pairs them,
 * and the tandem runs its lifecycle to the end. Journeys go in cohorts of 100 (one Academy cohort
 * and one matching each), as a program office would run them. Then the same engine runs a bare
 * model with as many user tasks and async steps per instance as a journey had, without
 * delegates: the engine's own floor. Prints journeys and jobs per second, database rows per
 * journey, peak heap and the ratio to the floor.
 *
 * <p>{@code ./mvnw -Pbenchmark-lifecycle test -Dbenchmark.sizes=100,1000 -Dbenchmark.db=h2}
 * ({@code db}: {@code h2} or {@code postgres}, the latter on PGHOST/PGPORT/PGUSER, default
 * 127.0.0.1:5432 postgres, in a fresh database dropped afterwards; with
 * {@code -Dbenchmark.keep=<name>}, one size on PostgreSQL, in a database of that name, kept for
 * {@link LatencyBenchmark}).
 */
public final class LifecycleBenchmark {

  private static final int COHORT = 100;
  private static final int WARM_UP = 20;
  private static final String KEEP = System.getProperty("benchmark.keep", "").strip();
  private static final String[] JOURNEY_PROCESSES = {
      RecruitmentVariables.PROCESS_KEY, AcademyVariables.PROCESS_KEY, AcademyVariables.PLAN_PROCESS_KEY,
      EnrollmentVariables.PROCESS_KEY, MatchingVariables.PROCESS_KEY, TandemVariables.PROCESS_KEY,
      ClosingVariables.PROCESS_KEY};

  private LifecycleBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "100,1000,5000").split(","))
        .mapToInt(size -> Integer.parseInt(size.strip())).toArray();
    String db = args.length > 1 ? args[1].strip().toLowerCase(Locale.ROOT) : "h2";
    if (!KEEP.isEmpty() && (sizes.length != 1 || !db.equals("postgres"))) {
      throw new IllegalArgumentException("benchmark.keep needs one size on postgres");
    }
    System.out.printf("%d cores, max heap %d MB, Java %s, database %s%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / 1_048_576, System.getProperty("java.version"), db);
    System.out.printf("%-7s %-9s %10s %9s %10s %9s %8s %9s %8s%n", "N", "model", "seconds", "journeys/s",
        "jobs/s", "tasks/j", "jobs/j", "rows/j", "peak MB");
    for (int n : sizes) {
      run(n, db);
    }
  }

  private static void run(int n, String db) throws Exception {
    String database = KEEP.isEmpty() ? "rm_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) : KEEP;
    if (db.equals("postgres")) {
      admin("create database " + database);
    }
    ClockUtil.reset();
    try (ConfigurableApplicationContext app = start(db, database)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));

      // a first cohort, not counted, so that both models are measured in a warm JVM
      runCohort(engine, new JourneyDriver(engine, new ProgramAnswers(), JOURNEY_PROCESSES), "warm-up", WARM_UP);
      Map<String, Long> rowsBefore = rows(jdbc, db);
      long mailsBefore = mails(jdbc);

      JourneyDriver journeys = new JourneyDriver(engine, new ProgramAnswers(), JOURNEY_PROCESSES);
      long start = System.nanoTime();
      for (int cohort = 0; cohort * COHORT < n; cohort++) {
        runCohort(engine, journeys, String.valueOf(cohort), Math.min(COHORT, n - cohort * COHORT));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Map<String, Long> rowsAfterJourneys = rows(jdbc, db);
      Result program = new Result(n, seconds, journeys, total(rowsAfterJourneys) - total(rowsBefore));
      print("program", program);
      printRowsByTable(n, "program", rowsBefore, rowsAfterJourneys);
      System.out.printf("%-7d mails sent per journey: %.1f%n", n, (mails(jdbc) - mailsBefore) / (double) n);

      int userTasks = Math.round((float) journeys.tasksCompleted / n);
      int asyncSteps = Math.round((float) journeys.jobsExecuted / n);
      BaselineModel.deploy(engine, userTasks, asyncSteps);
      runBaseline(engine, new JourneyDriver(engine, task -> Map.of(), BaselineModel.KEY), "warm-up", WARM_UP);
      Map<String, Long> rowsBeforeBaseline = rows(jdbc, db);
      JourneyDriver floor = new JourneyDriver(engine, task -> Map.of(), BaselineModel.KEY);
      System.gc();
      start = System.nanoTime();
      runBaseline(engine, floor, "measured", n);
      Map<String, Long> rowsAfterBaseline = rows(jdbc, db);
      Result baseline = new Result(n, (System.nanoTime() - start) / 1e9, floor,
          total(rowsAfterBaseline) - total(rowsBeforeBaseline));
      print("baseline", baseline);
      printRowsByTable(n, "baseline", rowsBeforeBaseline, rowsAfterBaseline);
      System.out.printf("%-7d ratio: the program runs at %.0f %% of the bare engine's journeys per second%n",
          n, 100 * program.journeysPerSecond() / baseline.journeysPerSecond());
    } finally {
      ClockUtil.reset();
      if (!KEEP.isEmpty()) {
        System.out.printf("database %s kept: ./mvnw -o -Pbenchmark-latency test -Dbenchmark.keep=%s; "
            + "drop it with: psql -c 'drop database %s'%n", database, database, database);
      } else if (db.equals("postgres")) {
        admin("drop database if exists " + database + " with (force)");
      } else {
        dropInMemory(database);
      }
    }
  }

  private static void runBaseline(ProcessEngine engine, JourneyDriver driver, String label, int n) {
    for (int i = 0; i < n; i++) {
      engine.getRuntimeService().startProcessInstanceByKey(BaselineModel.KEY, "baseline-" + label + "-" + i);
      if (i % COHORT == COHORT - 1) {
        driver.driveUntilQuiet();
      }
    }
    driver.driveUntilEnded();
  }

  private static long mails(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select count(*) from notification", Long.class);
  }

  private static void runCohort(ProcessEngine engine, JourneyDriver driver, String cohort, int size) {
    var runtime = engine.getRuntimeService();
    LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Europe/Berlin"));
    Map<String, Object> plan = new HashMap<>();
    plan.put(AcademyVariables.COHORT_NAME.name(), "Academy " + cohort);
    plan.put(AcademyVariables.COHORT_LOCATION.name(), "Academy room 3");
    plan.put(AcademyVariables.TRAINER_NAME.name(), "Tina Kramer");
    plan.put(AcademyVariables.TRAINER_EMAIL.name(), "tina.kramer@example.com");
    plan.put(AcademyVariables.CAPACITY.name(), size);
    plan.put(AcademyVariables.FIRST_MODULE_START.name(), now.plusDays(14).withHour(9).withMinute(0).withSecond(0).withNano(0).toString());
    plan.put(AcademyVariables.DAYS_BETWEEN_MODULES.name(), 7);
    runtime.startProcessInstanceByKey(AcademyVariables.PLAN_PROCESS_KEY, plan);
    for (int i = 0; i < size; i++) {
      runtime.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY,
          ApplicationFixtures.application("mentor-" + cohort + "-" + i + "@bench.example.com"));
      runtime.startProcessInstanceByKey(EnrollmentVariables.PROCESS_KEY,
          EnrollmentFixtures.enrollment("executive-" + cohort + "-" + i + "@bench.example.com"));
    }
    driver.driveUntilEnded(RecruitmentVariables.PROCESS_KEY, AcademyVariables.PROCESS_KEY,
        EnrollmentVariables.PROCESS_KEY, AcademyVariables.PLAN_PROCESS_KEY);
    LocalDate startsOn = now.toLocalDate().plusDays(7).isAfter(currentDate()) ? now.toLocalDate().plusDays(7) : currentDate().plusDays(7);
    runtime.startProcessInstanceByKey(MatchingVariables.PROCESS_KEY, Map.of(
        MatchingVariables.COHORT_NAME.name(), "Tandems " + cohort, MatchingVariables.TANDEM_START_DATE.name(), startsOn.toString()));
    driver.driveUntilEnded();
  }

  private static LocalDate currentDate() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Europe/Berlin"));
  }

  private static ConfigurableApplicationContext start(String db, String database) throws Exception {
    List<String> args = new ArrayList<>(List.of(
        "--server.port=0",
        "--camunda.bpm.job-execution.enabled=false",
        "--reverse-mentoring.worklist.digest-enabled=false",
        "--reverse-mentoring.demo.embedded-smtp=true",
        "--spring.mail.port=" + freePort(),
        "--reverse-mentoring.base-url=http://mentoring.test",
        "--logging.level.root=WARN",
        "--logging.level.org.camunda=ERROR"));
    if (db.equals("postgres")) {
      args.addAll(List.of("--spring.profiles.active=demo,postgres",
          "--spring.datasource.url=jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/" + database,
          "--spring.datasource.username=" + env("PGUSER", "postgres"),
          "--spring.datasource.password=" + env("PGPASSWORD", "")));
    } else {
      args.add("--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
    }
    return new SpringApplicationBuilder(ReverseMentoringApplication.class).run(args.toArray(String[]::new));
  }

  /** Rows per table in the application's schema: engine runtime, history and domain tables. */
  private static Map<String, Long> rows(JdbcTemplate jdbc, String db) {
    String schema = db.equals("postgres") ? "public" : "PUBLIC";
    List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
        + "where table_schema = ? and table_type in ('BASE TABLE', 'TABLE')", String.class, schema);
    Map<String, Long> rows = new TreeMap<>();
    for (String table : tables) {
      rows.put(table.toLowerCase(Locale.ROOT), jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
    }
    return rows;
  }

  private static long total(Map<String, Long> rows) {
    return rows.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The tables that grew most, in rows per journey. */
  private static void printRowsByTable(int n, String model, Map<String, Long> before, Map<String, Long> after) {
    String grown = after.entrySet().stream()
        .map(table -> Map.entry(table.getKey(), table.getValue() - before.getOrDefault(table.getKey(), 0L)))
        .filter(table -> table.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(12)
        .map(table -> String.format(Locale.ROOT, "%s %.1f", table.getKey(), table.getValue() / (double) n))
        .collect(Collectors.joining(", "));
    System.out.printf("%-7d %-9s rows per journey by table: %s%n", n, model, grown);
  }

  private static void print(String model, Result result) {
    System.out.printf("%-7d %-9s %10.1f %9.1f %10.1f %9.1f %8.1f %9.1f %8d%n", result.journeys(), model,
        result.seconds(), result.journeysPerSecond(), result.jobs() / result.seconds(),
        (double) result.tasks() / result.journeys(), (double) result.jobs() / result.journeys(),
        (double) result.rows() / result.journeys(), result.peakHeapBytes() / 1_048_576);
  }

  record Result(int journeys, double seconds, long tasks, long jobs, long rows, long peakHeapBytes) {
    Result(int journeys, double seconds, JourneyDriver driver, long rows) {
      this(journeys, seconds, driver.tasksCompleted, driver.jobsExecuted, rows, driver.peakHeapBytes);
    }

    double journeysPerSecond() {
      return journeys / seconds;
    }
  }

  private static int freePort() throws Exception {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void admin(String statement) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":"
        + env("PGPORT", "5432") + "/postgres", env("PGUSER", "postgres"), env("PGPASSWORD", ""));
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }

  /** H2 keeps an in-memory database with DB_CLOSE_DELAY=-1 after the app has gone: free it for the next N. */
  private static void dropInMemory(String database) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + database, "sa", "");
        Statement sql = connection.createStatement()) {
      sql.execute("shutdown");
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
