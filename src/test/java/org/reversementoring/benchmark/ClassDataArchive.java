package org.reversementoring.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.reversementoring.support.JarProcess;

/**
 * The packaged jar made ready as README "Start faster" ships it: extracted (Spring Boot's
 * {@code -Djarmode=tools extract}), then one training start on an in-memory H2 database that
 * stops when the context is refreshed and writes the classes it loaded to a class data sharing
 * archive, which every later start maps instead of loading and verifying those classes again.
 */
final class ClassDataArchive {

  private static final Duration STEP_TIMEOUT = Duration.ofMinutes(5);

  /** The extracted jar to start, the archive to start it with, how long the training start took. */
  record Shipped(Path jar, Path archive, Duration training) {

    /** The JVM options of a start with the archive; -Xshare:on fails the start rather than run without it. */
    List<String> javaOptions(String heap) {
      return List.of(heap, "-Xshare:on", "-XX:SharedArchiveFile=" + archive.toAbsolutePath());
    }
  }

  private ClassDataArchive() {
  }

  static Shipped prepare(Path packagedJar, Path directory, String heap) {
    Path jar = directory.resolve(packagedJar.getFileName()).toAbsolutePath();
    Path archive = directory.resolve("app.jsa").toAbsolutePath();
    run(directory.resolve("extract.log"), List.of("-Djarmode=tools", "-jar", packagedJar.toAbsolutePath().toString(),
        "extract", "--force", "--destination", directory.toAbsolutePath().toString()));
    long started = System.nanoTime();
    run(directory.resolve("training.log"), List.of(heap, "-XX:ArchiveClassesAtExit=" + archive,
        "-Dspring.context.exit=onRefresh", "-jar", jar.toString(),
        "--spring.datasource.url=jdbc:h2:mem:class-data-training",
        "--spring.mail.port=" + JarProcess.freePort(), "--logging.level.root=WARN"));
    return new Shipped(jar, archive, Duration.ofNanos(System.nanoTime() - started));
  }

  private static void run(Path log, List<String> arguments) {
    List<String> command = new ArrayList<>(List.of(JarProcess.javaExecutable()));
    command.addAll(arguments);
    try {
      log.toAbsolutePath().getParent().toFile().mkdirs();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!process.waitFor(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " took longer than " + STEP_TIMEOUT + ": see " + log);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " ended with " + process.exitValue() + ": see " + log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
