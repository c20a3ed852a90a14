package org.reversementoring.upgrade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The runnable jar of an earlier release, built from its commit (a clean clone of main always has
 * the commit; a tag may not travel) and kept under {@code target/releases/<commit>.jar}, so a
 * second run reuses it. The release is one setting: {@code -Dupgrade.from=<commit or tag>},
 * by default {@value #LAST_RELEASE} (v0.1.0, see docs/releases.md).
 *
 * <p>Building: {@code git archive <commit>} into {@code target/releases/<commit>-src}, then that
 * tree's own wrapper: {@code ./mvnw -B -o -q -Dmaven.test.skip=true package} (offline, from the
 * local repository); when that fails, once more online. The log goes to
 * {@code target/releases/<commit>-build.log}.
 */
final class ReleaseJar {

  /** v0.1.0. */
  static final String LAST_RELEASE = "eed2723";
  static final String SETTING = "upgrade.from";

  private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(20);

  private final Path project;
  private final String name;
  private final String commit;

  private ReleaseJar(Path project, String name, String commit) {
    this.project = project;
    this.name = name;
    this.commit = commit;
  }

  /** The release named by {@code -Dupgrade.from}, or the last release. */
  static ReleaseJar fromSetting() {
    Path project = Path.of("").toAbsolutePath();
    String named = System.getProperty(SETTING, LAST_RELEASE).strip();
    String name = named.isEmpty() ? LAST_RELEASE : named;
    return new ReleaseJar(project, name, resolve(project, name));
  }

  /** "v0.1.0" for the last release, else the name it was given by, with the commit. */
  String label() {
    boolean lastRelease = commit.startsWith(LAST_RELEASE);
    return (lastRelease ? "v0.1.0" : name) + " (" + shortCommit() + ")";
  }

  /** The full commit id. */
  String commit() {
    return commit;
  }

  String shortCommit() {
    return commit.substring(0, 7);
  }

  /** The release's jar, built first if no earlier run left it in target/releases. */
  Path jar() {
    Path releases = project.resolve("target/releases");
    Path jar = releases.resolve(shortCommit() + ".jar");
    try {
      Files.createDirectories(releases);
      try (FileChannel channel = FileChannel.open(releases.resolve(".build.lock"),
          StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
        if (!Files.isRegularFile(jar)) {
          build(releases, jar);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar;
  }

  private void build(Path releases, Path jar) throws IOException {
    Path source = releases.resolve(shortCommit() + "-src");
    Path log = releases.resolve(shortCommit() + "-build.log");
    deleteTree(source);
    Files.createDirectories(source);
    Path archive = releases.resolve(shortCommit() + ".tar");
    run(project, log, List.of("git", "archive", "--format=tar", "--output=" + archive, commit));
    run(source, log, List.of("tar", "-xf", archive.toString()));
    Files.delete(archive);

    List<String> offline = List.of("./mvnw", "-B", "-o", "-q", "-Dmaven.test.skip=true", "package");
    if (run(source, log, offline) != 0) {
      List<String> online = new ArrayList<>(offline);
      online.remove("-o");
      if (run(source, log, online) != 0) {
        throw new IllegalStateException("Could not build release " + commit + " (offline nor online); see " + log);
      }
    }
    Path built;
    try (Stream<Path> files = Files.list(source.resolve("target"))) {
      built = files.filter(p -> p.getFileName().toString().endsWith(".jar"))
          .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException("No jar in " + source.resolve("target")));
    }
    Path partial = releases.resolve(shortCommit() + ".jar.partial");
    Files.copy(built, partial, StandardCopyOption.REPLACE_EXISTING);
    Files.move(partial, jar, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(source);
  }

  /** Runs a command, appending its output to the log; answers its exit code. */
  private static int run(Path directory, Path log, List<String> command) throws IOException {
    Files.writeString(log, "$ " + String.join(" ", command) + "  (in " + directory + ")\n",
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    try {
      if (!process.waitFor(BUILD_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " took longer than " + BUILD_TIMEOUT);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted: " + command, e);
    }
    return process.exitValue();
  }

  private static String resolve(Path project, String name) {
    try {
      Process process = new ProcessBuilder("git", "rev-parse", "--verify", "--quiet", name + "^{commit}")
          .directory(project.toFile()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes()).strip();
      if (process.waitFor() != 0 || !output.matches("[0-9a-f]{40}")) {
        throw new IllegalStateException("-D" + SETTING + "=" + name + " names no commit in " + project
            + " (a shallow clone? fetch the history): " + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
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
