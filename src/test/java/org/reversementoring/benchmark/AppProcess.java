package org.reversementoring.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.reversementoring.ReverseMentoringApplication;
import org.reversementoring.support.Postgres;

/**
 * The real app in a JVM of its own, as it runs in production: the main classes and their
 * dependencies (not the test classes), {@code -Xmx512m}, PostgreSQL, the job executor on; the
 * demo profile for its users and embedded mail server. Its log goes to a file.
 */
final class AppProcess implements AutoCloseable {

  static final String HEAP = "-Xmx512m";
  private static final String ADMIN = "admin:admin-demo";

  private final Process process;
  private final URI base;
  private final long startedAt = System.nanoTime();

  private AppProcess(Process process, URI base) {
    this.process = process;
    this.base = base;
  }

  static AppProcess start(String database, Path log) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        HEAP, "-cp", mainClasspath(), ReverseMentoringApplication.class.getName(),
        "--server.port=" + port,
        "--spring.profiles.active=demo,postgres",
        "--spring.datasource.url=" + Postgres.url(database),
        "--spring.datasource.username=" + Postgres.user(),
        "--spring.datasource.password=" + Postgres.password(),
        "--spring.mail.port=" + freePort(),
        "--reverse-mentoring.base-url=http://localhost:" + port,
        "--logging.level.root=WARN"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new AppProcess(process, URI.create("http://localhost:" + port));
  }

  /**
   * What the app ships with: its classes and the compile and runtime dependencies Maven wrote to
   * {@code benchmark.appClasspathFile}. The benchmark's own class path would add the test-scoped
   * jars, among them the sign-on test's authorization server, whose auto-configuration makes an
   * RSA key at every start.
   */
  private static String mainClasspath() throws IOException {
    String file = System.getProperty("benchmark.appClasspathFile", "");
    if (file.isBlank()) {
      throw new IllegalStateException("-Dbenchmark.appClasspathFile=<file> is missing: "
          + "./mvnw -Pbenchmark-latency test writes target/app-runtime-classpath.txt");
    }
    String appClasses = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> entry.replaceAll("[/\\\\]+$", "").endsWith("classes") && !entry.contains("test-classes"))
        .findFirst().orElseThrow(() -> new IllegalStateException("no main classes directory on the class path"));
    return appClasses + File.pathSeparator + Files.readString(Path.of(file)).strip();
  }

  URI base() {
    return base;
  }

  /** Waits until the health endpoint answers UP; answers the time since the JVM was started. */
  Duration awaitReady(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest health = HttpRequest.newBuilder(base.resolve("/actuator/health")).timeout(Duration.ofSeconds(5))
        .header("Authorization", basicAdmin()).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the app ended with exit code " + process.exitValue() + ": see its log");
      }
      try {
        HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && new ObjectMapper().readTree(answer.body()).path("status").asText().equals("UP")) {
          return Duration.ofNanos(System.nanoTime() - startedAt);
        }
      } catch (IOException notYetListening) {
        // the port opens late in the start
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the app was not UP within " + timeout);
  }

  /** HTTP Basic as the demo administrator, for setting up (never measured). */
  static String basicAdmin() {
    return "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8));
  }

  ProcessHandle handle() {
    return process.toHandle();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
