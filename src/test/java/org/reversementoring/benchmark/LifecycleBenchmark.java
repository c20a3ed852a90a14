package org.reversementoring.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.reversementoring.ReverseMentoringApplication;
import org.reversementoring.academy.AcademyVariables;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.closing.ClosingVariables;
import org.reversementoring.matching.MatchingVariables;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.JourneyDriver;
import org.reversementoring.support.Postgres;
import org.reversementoring.support.ProgramAnswers;
import org.reversementoring.tandem.TandemVariables;
import org.reversementoring.worklist.MorningDigestMails;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs N complete program journeys on the real process models, one thread, the engine clock moved
 * instead of waiting, mails sent over SMTP to the demo profile's embedded GreenMail: an apprentice
 * applies and is selected, qualifies at the Academy, an executive enrols, matching pairs them,
 * and the tandem runs its lifecycle to the end. Journeys go in cohorts of 100 (one Academy cohort
 * and one matching each), as a program office would run them. Then the same journeys on the
 * engine floor ({@link FloorEngine}: the same models, engine settings and kind of database,
 * every delegate and listener a double), the target's yardstick; then a bare model on the app's
 * engine with as many user tasks and async steps per instance as a journey had, for information.
 * Every line first runs a cohort of 20 that is not counted. Prints journeys and jobs per second,
 * tasks, jobs and database rows per journey (and rows by table), peak heap, the collectors' pauses
 * and the ratios; {@code -Dbenchmark.lines=program} runs the program line alone (its growth from
 * size to size); {@code -Dbenchmark.mails=unsent} and {@code off} are what-ifs: the program with mails made but
 * not sent over SMTP, and with mail steps that do nothing.
 *
 * <p>{@code ./mvnw -Pbenchmark-lifecycle test -Dbenchmark.sizes=100,1000 -Dbenchmark.db=h2}
 * ({@code db}: {@code h2} or {@code postgres}, the latter on PGHOST/PGPORT/PGUSER, default
 * 127.0.0.1:5432 postgres, in a fresh database dropped afterwards; with
 * {@code -Dbenchmark.keep=<name>}, one size on PostgreSQL, in a database of that name, kept for
 * {@link LatencyBenchmark}: the program line only, with the baseline model deployed for its bare engine).
 */
public final class LifecycleBenchmark {

  private static final int COHORT = 100;
  private static final int WARM_UP = 20;
  private static final String KEEP = System.getProperty("benchmark.keep", "").strip();
  /** {@code program}: the program line alone (its growth from size to size), {@code all}: every line and the ratios. */
  private static final boolean PROGRAM_ONLY = System.getProperty("benchmark.lines", "all").strip().equals("program");
  /** {@code on}, or a what-if: {@code unsent} or {@code off}. */
  private static final MailWhatIf MAILS = MailWhatIf.of(System.getProperty("benchmark.mails", "on").strip());
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
    if (!KEEP.isEmpty() && MAILS != MailWhatIf.ON) {
      throw new IllegalArgumentException("benchmark.keep makes the latency benchmark's program: only with benchmark.mails=on");
    }
    System.out.printf("%d cores, max heap %d MB, Java %s, database %s%s%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / 1_048_576, System.getProperty("java.version"), db,
        MAILS == MailWhatIf.ON ? "" : "; WHAT-IF -Dbenchmark.mails=" + MAILS.setting());
    if (db.equals("postgres")) {
      System.out.println("PostgreSQL: " + Postgres.serverSettings());
    }
    System.out.printf("%-7s %-9s %10s %9s %10s %9s %8s %9s %8s %8s%n", "N", "model", "seconds", "journeys/s",
        "jobs/s", "tasks/j", "jobs/j", "rows/j", "peak MB", "GC s");
    for (int n : sizes) {
      run(n, db);
    }
  }

  private static void run(int n, String db) throws Exception {
    String database = KEEP.isEmpty() ? "rm_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) : KEEP;
    String floorDatabase = database + "_floor";
    if (db.equals("postgres")) {
      Postgres.create(database);
      Postgres.create(floorDatabase);
    }
    ClockUtil.reset();
    try (ConfigurableApplicationContext app = start(db, database)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
      Result program = measureJourneys("program", engine, jdbc, db, n);
      System.out.printf("%-7d mails sent per journey: %.1f%n", n, program.rowsGrown().getOrDefault("notification", 0L) / (double) n);
      int userTasks = Math.round((float) program.tasks() / n);
      int asyncSteps = Math.round((float) program.jobs() / n);
      BaselineModel.deploy(engine, userTasks, asyncSteps);
      if (!KEEP.isEmpty() || PROGRAM_ONLY) {
        // a kept run makes the latency benchmark's database: its bare engine needs the baseline model, not the
        // other lines; a program-only run measures the program's growth from size to size
        return;
      }

      Result floor;
      ClockUtil.reset();
      String[] resourcePatterns = app.getBean(CamundaBpmProperties.class).getDeploymentResourcePattern();
      try (FloorEngine floorEngine = FloorEngine.start(engine, resourcePatterns, jdbcUrl(db, floorDatabase), user(db),
          password(db))) {
        floor = measureJourneys("floor", floorEngine.engine, new JdbcTemplate(floorEngine.dataSource), db, n);
      }

      runBaseline(engine, new JourneyDriver(engine, task -> Map.of(), BaselineModel.KEY), "warm-up", WARM_UP);
      Map<String, Long> rowsBeforeBaseline = rows(jdbc, db);
      JourneyDriver bare = new JourneyDriver(engine, task -> Map.of(), BaselineModel.KEY);
      Stopwatch stopwatch = Stopwatch.start();
      runBaseline(engine, bare, "measured", n);
      Result baseline = stopwatch.result(n, bare, grown(rowsBeforeBaseline, rows(jdbc, db)));
      print("bare", baseline);
      printRowsByTable(n, Map.of("program", program, "floor", floor, "bare", baseline));
      System.out.printf("%-7d ratio floor/program (target): the program runs at %.0f %% of the engine floor's journeys per second%n",
          n, 100 * program.journeysPerSecond() / floor.journeysPerSecond());
      System.out.printf("%-7d ratio bare/program (information): the program runs at %.0f %% of the bare engine's journeys per second%n",
          n, 100 * program.journeysPerSecond() / baseline.journeysPerSecond());
    } finally {
      ClockUtil.reset();
      if (db.equals("postgres")) {
        Postgres.drop(floorDatabase);
      }
      if (!KEEP.isEmpty()) {
        System.out.printf("database %s kept: ./mvnw -Pbenchmark-latency package -Dbenchmark.keep=%s; "
            + "drop it with: psql -c 'drop database %s'%n", database, database, database);
      } else if (db.equals("postgres")) {
        Postgres.drop(database);
      } else {
        dropInMemory(database);
        dropInMemory(floorDatabase);
      }
    }
  }

  /** A warm-up cohort, not counted, then n journeys in cohorts; prints and returns the line. */
  private static Result measureJourneys(String model, ProcessEngine engine, JdbcTemplate jdbc, String db, int n) {
    // the digest is off; its suspended definition's hourly timer would still fire through the months the clock moves
    engine.getManagementService().updateJobDefinitionSuspensionState().byProcessDefinitionKey(MorningDigestMails.PROCESS_KEY)
        .includeJobs(true).suspend();
    // a first cohort, not counted, so that every line is measured in a warm JVM
    runCohort(model, engine, new JourneyDriver(engine, new ProgramAnswers(), JOURNEY_PROCESSES), "warm-up", WARM_UP);
    Map<String, Long> rowsBefore = rows(jdbc, db);
    JourneyDriver journeys = new JourneyDriver(engine, new ProgramAnswers(), JOURNEY_PROCESSES);
    Stopwatch stopwatch = Stopwatch.start();
    for (int cohort = 0; cohort * COHORT < n; cohort++) {
      runCohort(model, engine, journeys, String.valueOf(cohort), Math.min(COHORT, n - cohort * COHORT));
    }
    Result result = stopwatch.result(n, journeys, grown(rowsBefore, rows(jdbc, db)));
    print(model, result);
    return result;
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

  private static void runCohort(String line, ProcessEngine engine, JourneyDriver driver, String cohort, int size) {
    CohortEvent event = new CohortEvent(line, cohort, size);
    event.begin();
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
    event.commit();
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
    args.addAll(List.of("--spring.datasource.url=" + jdbcUrl(db, database), "--spring.datasource.username=" + user(db),
        "--spring.datasource.password=" + password(db)));
    if (db.equals("postgres")) {
      args.add("--spring.profiles.active=demo,postgres");
    }
    SpringApplicationBuilder app = new SpringApplicationBuilder(ReverseMentoringApplication.class);
    MAILS.applyTo(app);
    return app.run(args.toArray(String[]::new));
  }

  private static String jdbcUrl(String db, String database) {
    return db.equals("postgres")
        ? Postgres.url(database)
        : "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
  }

  private static String user(String db) {
    return db.equals("postgres") ? Postgres.user() : "sa";
  }

  private static String password(String db) {
    return db.equals("postgres") ? Postgres.password() : "";
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

  private static Map<String, Long> grown(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> grown = new TreeMap<>();
    after.forEach((table, rows) -> {
      long added = rows - before.getOrDefault(table, 0L);
      if (added != 0) {
        grown.put(table, added);
      }
    });
    return grown;
  }

  /** Rows per journey of every table that grew in any line, the largest first. */
  private static void printRowsByTable(int n, Map<String, Result> lines) {
    List<String> models = List.of("program", "floor", "bare");
    System.out.printf("%-7d %-28s%s%n", n, "rows per journey by table",
        models.stream().map(model -> String.format("%10s", model)).collect(Collectors.joining()));
    lines.values().stream().flatMap(line -> line.rowsGrown().keySet().stream()).distinct()
        .sorted(Comparator.comparing((String table) -> -lines.values().stream()
            .mapToLong(line -> line.rowsGrown().getOrDefault(table, 0L)).max().orElse(0)).thenComparing(table -> table))
        .forEach(table -> System.out.printf(Locale.ROOT, "%-7d   %-26s%s%n", n, table, models.stream()
            .map(model -> String.format(Locale.ROOT, "%10.1f", lines.get(model).rowsGrown().getOrDefault(table, 0L) / (double) n))
            .collect(Collectors.joining())));
  }

  private static void print(String model, Result result) {
    System.out.printf("%-7d %-9s %10.1f %9.1f %10.1f %9.1f %8.1f %9.1f %8d %8.1f%n", result.journeys(), model,
        result.seconds(), result.journeysPerSecond(), result.jobs() / result.seconds(),
        (double) result.tasks() / result.journeys(), (double) result.jobs() / result.journeys(),
        (double) result.rows() / result.journeys(), result.peakHeapBytes() / 1_048_576, result.gcMillis() / 1000.0);
  }

  /** A line's wall time and the collectors' pauses in it (H2 in memory keeps the whole database in the heap). */
  private record Stopwatch(long startNanos, long gcMillisAtStart) {

    static Stopwatch start() {
      System.gc();
      return new Stopwatch(System.nanoTime(), gcMillis());
    }

    Result result(int journeys, JourneyDriver driver, Map<String, Long> rowsGrown) {
      return new Result(journeys, (System.nanoTime() - startNanos) / 1e9, gcMillis() - gcMillisAtStart,
          driver.tasksCompleted, driver.jobsExecuted, rowsGrown, driver.peakHeapBytes);
    }

    private static long gcMillis() {
      return ManagementFactory.getGarbageCollectorMXBeans().stream()
          .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(millis -> millis > 0).sum();
    }
  }

  record Result(int journeys, double seconds, long gcMillis, long tasks, long jobs, Map<String, Long> rowsGrown,
      long peakHeapBytes) {

    long rows() {
      return rowsGrown.values().stream().mapToLong(Long::longValue).sum();
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

  /** H2 keeps an in-memory database with DB_CLOSE_DELAY=-1 after the app has gone: free it for the next N. */
  private static void dropInMemory(String database) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + database, "sa", "");
        Statement sql = connection.createStatement()) {
      sql.execute("shutdown");
    }
  }
}
