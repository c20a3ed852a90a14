package org.reversementoring.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reversementoring.support.TestSmtp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upgrades keep running instances running (issue #22): the last release's jar, built from its
 * commit ({@link ReleaseJar}, {@code -Dupgrade.from=<commit>}), runs on a fresh database (an H2
 * file, and PostgreSQL) and leaves an instance in every kind of wait state of every process
 * ({@link OldReleaseDriver}); it is stopped and the current code starts on the same database
 * ({@link CurrentSide}).
 *
 * <p>The old side is recorded ({@code target/upgrade/<database>/<commit>-wait-states.json}); the
 * current version's jar (packaged by {@code ./mvnw -Pupgrade verify} before the test) then starts on
 * the same database, migrates every running instance at start (README "Upgrading",
 * {@code operations.upgrade}) and is driven over its REST API until every instance has ended
 * ({@link CurrentSide}): no incident, no lost variable, every mail once, and the process owner
 * sees the instances on the new definitions. The report is
 * {@code target/upgrade/<database>/current-side.txt}, the timings {@code timings.txt}.
 *
 * <p>Not part of {@code ./mvnw verify}: {@code ./mvnw -Pupgrade verify} runs it alone (profile
 * {@code upgrade}); mails go to GreenMail on {@code -Dtest.smtp.port} (default 3025);
 * {@code -Dupgrade.databases=H2} (or {@code POSTGRES}) runs one database only;
 * {@code -Dupgrade.reuse-old-side=true} starts the H2 variant from the copy of the database the
 * last full run's old release left (quick turns on the current side; the old mails come from the
 * recorded baseline).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpgradeFromLastReleaseIT {

  static final String BASE_URL = "http://mentoring.test";
  /** Both sides' apps: small and predictable beside the test's own JVM. */
  static final List<String> JAVA_OPTIONS = List.of("-Xmx1g", "-XX:+UseSerialGC");
  private static final Logger LOG = LoggerFactory.getLogger(UpgradeFromLastReleaseIT.class);

  private final Path work = Path.of("target", "upgrade").toAbsolutePath();
  private GreenMail smtp;
  private ReleaseJar release;
  private Path jar;
  private Duration build;

  @BeforeAll
  void buildTheOldRelease() {
    Instant start = Instant.now();
    release = ReleaseJar.fromSetting();
    jar = release.jar();
    build = Duration.between(start, Instant.now());
    LOG.info("Old release {}: {} (built or found in {})", release.label(), jar, build);
    smtp = new GreenMail(new ServerSetup(TestSmtp.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  void stopMailServer() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(UpgradeDatabase.Kind.class)
  void theCurrentVersionTakesOverWhatTheLastReleaseLeftWaiting(UpgradeDatabase.Kind kind) throws Exception {
    Assumptions.assumeTrue(List.of(System.getProperty("upgrade.databases", "H2,POSTGRES").toUpperCase().split(","))
        .contains(kind.name()), "-Dupgrade.databases leaves " + kind + " out");
    Path directory = work.resolve(kind.name().toLowerCase());
    Path recorded = directory.resolve(release.shortCommit() + "-wait-states.json");
    Path h2Snapshot = directory.resolve("h2-as-the-old-release-left-it");
    Instant started = Instant.now();
    boolean reuse = kind == UpgradeDatabase.Kind.H2 && Boolean.getBoolean("upgrade.reuse-old-side")
        && Files.isRegularFile(recorded) && Files.isDirectory(h2Snapshot);
    smtp.purgeEmailFromAllMailboxes();
    if (!reuse) {
      deleteTree(directory);
    }
    List<OldSide.Timings> timings = new ArrayList<>();
    try (UpgradeDatabase database = UpgradeDatabase.create(kind, directory)) {
      Baseline baseline;
      if (reuse) {
        // -Dupgrade.reuse-old-side=true: the H2 file as the last full run's old release left it
        deleteTree(directory.resolve("h2"));
        copyTree(h2Snapshot, directory.resolve("h2"));
        baseline = Baseline.readFrom(recorded);
        LOG.info("Old side reused from {}", recorded);
      } else {
        baseline = OldSide.leaveEveryWaitState(release, jar, database, smtp, directory, timings);
        LOG.info("Old side on {} took {} (jar {}):\n{}", database, timings.get(0), build, baseline.summary());
        Files.writeString(directory.resolve(release.shortCommit() + "-wait-states.txt"),
            "build or cache " + build + "\n" + timings.get(0) + "\n" + baseline.summary());
        if (kind == UpgradeDatabase.Kind.H2) {
          copyTree(directory.resolve("h2"), h2Snapshot);
        }
      }

      assertEveryWaitStateReached(baseline);

      CurrentSide.Outcome outcome = CurrentSide.upgradeAndDriveToTheEnd(currentJar(), database, baseline, smtp,
          directory);
      Duration total = Duration.between(started, Instant.now());
      String timingReport = kind + ": " + total + " in all; old release " + (reuse ? "reused" : "built or found in "
          + build + ", " + timings.get(0)) + "; current version " + outcome.timings() + "\n";
      LOG.info("Current version on the old database:\n{}\n{}", outcome.report(), timingReport);
      Files.writeString(directory.resolve("current-side.txt"), outcome.report());
      Files.writeString(directory.resolve("timings.txt"), timingReport);
      assertThat(outcome.problems()).as("the upgrade from " + release.label() + " on " + kind + " (report: "
          + directory.resolve("current-side.txt") + ")").isEmpty();
    }
  }

  /** The current version's jar, packaged before the test by {@code ./mvnw -Pupgrade verify}. */
  private static Path currentJar() {
    String jar = System.getProperty("upgrade.current.jar");
    assertThat(jar).as("-Dupgrade.current.jar (set by the upgrade profile)").isNotBlank();
    assertThat(Path.of(jar)).as("the current version's jar: ./mvnw -Pupgrade verify packages it first").isRegularFile();
    return Path.of(jar);
  }

  /** Every kind of wait state is there, each instance where the driver left it, and nothing else runs. */
  private static void assertEveryWaitStateReached(Baseline baseline) {
    assertThat(baseline.waitStates()).extracting(s -> s.waiting().processKey()).contains("mentor-recruitment",
        "mentee-enrollment", "tandem-matching", "tandem-lifecycle", "plan-academy-cohort");
    assertThat(baseline.waitStates().stream().flatMap(s -> s.instances().stream()).map(Baseline.Instance::processDefinitionKey))
        .as("every process with a wait state has an instance in one")
        .contains("mentor-recruitment", "academy-qualification", "mentee-enrollment", "tandem-matching",
            "tandem-lifecycle", "tandem-closing", "plan-academy-cohort");
    for (Baseline.WaitState state : baseline.waitStates()) {
      assertThat(state.instances()).as(state.waiting().waitState()).isNotEmpty();
      List<String> waitingAt = new ArrayList<>();
      state.instances().forEach(i -> {
        i.tasks().forEach(t -> waitingAt.add("task " + t.taskDefinitionKey()));
        i.jobs().forEach(j -> waitingAt.add((j.jobType().startsWith("timer") ? "timer " : "job ") + j.activityId()));
        i.messageSubscriptions().forEach(m -> waitingAt.add("message " + m.split(" ")[1]));
      });
      for (String expected : state.waiting().waitsFor()) {
        if (!expected.startsWith("call activity")) {
          assertThat(waitingAt).as(state.waiting().waitState()).contains(expected.replaceAll(" \\(.*\\)$", ""));
        }
      }
      state.instances().forEach(i -> assertThat(i.jobs()).as("no job failed").allMatch(j -> j.exceptionMessage() == null));
    }
    assertThat(baseline.runningInstances()).as("nothing runs but the wait states' instances")
        .isEqualTo(baseline.waitStates().stream().mapToInt(s -> s.instances().size()).sum());
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
