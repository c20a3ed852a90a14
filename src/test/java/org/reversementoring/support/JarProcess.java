package org.reversementoring.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The app's jar running as an operator runs it: {@code java -jar} in a process of its own, on a
 * free port, its output in a log file. Stopped with SIGTERM (Spring's graceful shutdown closes
 * the database), killed only if it does not stop in time. The upgrade test runs a release's jar
 * this way, the latency benchmark the jar this build packaged.
 */
public final class JarProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);
  private static final Duration POLL = Duration.ofMillis(100);

  private final Process process;
  private final int port;
  private final Path log;
  private final Thread killOnExit;
  private final long startedAt = System.nanoTime();
  private Duration startup;

  private JarProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.killOnExit = new Thread(process::destroyForcibly, "kill-" + process.pid());
    Runtime.getRuntime().addShutdownHook(killOnExit);
  }

  /** Where the start ends: the first 200 answer to a GET of this path, with this Authorization header if any. */
  public record Probe(String path, Optional<String> authorization) {

    public static final Probe LIVENESS = new Probe("/actuator/health/liveness", Optional.empty());

    /** The whole health endpoint, which answers 200 when every indicator is UP and 503 when one is not. */
    public static Probe health(String authorization) {
      return new Probe("/actuator/health", Optional.of(authorization));
    }
  }

  /**
   * Starts the jar in {@code directory} with these JVM options, Spring arguments (the port is
   * added) and environment, and waits until the probe answers.
   */
  public static JarProcess start(Path jar, Path directory, List<String> javaOptions, List<String> arguments,
      Map<String, String> environment, Probe probe) {
    int port = freePort();
    try {
      Files.createDirectories(directory);
      Path log = directory.resolve("app.log");
      List<String> command = new ArrayList<>(List.of(javaExecutable()));
      command.addAll(javaOptions);
      command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
      command.addAll(arguments);
      Files.writeString(log, String.join(" ", command) + "\n");
      ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().putAll(environment);
      JarProcess app = new JarProcess(builder.start(), port, log);
      app.startup = app.await(probe);
      return app;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public long pid() {
    return process.pid();
  }

  public ProcessHandle handle() {
    return process.toHandle();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  /** From starting the JVM to the probe's first 200. */
  public Duration startup() {
    return startup;
  }

  /** Stops the app as a service manager does, and waits for it to end. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    try {
      Runtime.getRuntime().removeShutdownHook(killOnExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }

  private Duration await(Probe probe) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + probe.path())).timeout(Duration.ofSeconds(5));
    probe.authorization().ifPresent(value -> request.header("Authorization", value));
    long deadline = startedAt + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The app ended while starting (exit " + process.exitValue() + "); its log "
            + log + " ends with:\n" + tail());
      }
      try {
        if (http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return Duration.ofNanos(System.nanoTime() - startedAt);
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      // an interrupt ends the pause early; the next send then answers it
      LockSupport.parkNanos(POLL.toNanos());
    }
    close();
    throw new IllegalStateException("The app did not come up within " + START_TIMEOUT + "; its log " + log
        + " ends with:\n" + tail());
  }

  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(log not readable: " + e.getMessage() + ")";
    }
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The java of the JVM running this, so the app runs on the same JDK as the build. */
  public static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
