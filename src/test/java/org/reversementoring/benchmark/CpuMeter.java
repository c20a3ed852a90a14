package org.reversementoring.benchmark;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The CPU time a scenario costs the server side, per request: the process that serves it (the
 * app's JVM, or this JVM for the bare engine, its clients included) and every PostgreSQL server
 * process on this machine, background workers included (from /proc, so Linux and a local server
 * only; a backend that ends in between is lost, the connection pools keep theirs). Nothing else
 * should run meanwhile: another database's work would count too.
 */
final class CpuMeter {

  private static final String POSTGRES = "/postgres";
  private static final String POSTGRES_USER = "postgres";

  /** The process that serves a scenario, and what the line calls it. */
  record Server(ProcessHandle process, String name) {
  }

  private final Server server;
  private final long serverStartNanos;
  private final Map<Long, Long> databaseStartNanos;

  private CpuMeter(Server server) {
    this.server = server;
    this.serverStartNanos = cpuNanos(server.process());
    this.databaseStartNanos = databaseNanos();
  }

  static CpuMeter start(Server server) {
    return new CpuMeter(server);
  }

  /** The CPU per request since the start, e.g. {@code CPU per request: app 41.2 ms, PostgreSQL (31 processes) 63.0 ms}. */
  String perRequest(long requests) {
    long n = Math.max(requests, 1);
    double serverMs = (cpuNanos(server.process()) - serverStartNanos) / 1e6;
    Map<Long, Long> database = databaseNanos();
    double databaseMs = database.entrySet().stream()
        .mapToLong(backend -> backend.getValue() - databaseStartNanos.getOrDefault(backend.getKey(), 0L))
        .sum() / 1e6;
    String databasePart = database.isEmpty() ? "PostgreSQL n/a (no server process readable here)"
        : String.format(Locale.ROOT, "PostgreSQL (%d processes) %.1f ms", database.size(), databaseMs / n);
    return String.format(Locale.ROOT, "CPU per request: %s %.1f ms, %s", server.name(), serverMs / n, databasePart);
  }

  private static Map<Long, Long> databaseNanos() {
    return ProcessHandle.allProcesses()
        .filter(process -> process.info().command().map(command -> command.endsWith(POSTGRES)).orElse(false)
            || process.info().user().map(POSTGRES_USER::equals).orElse(false))
        .collect(Collectors.toMap(ProcessHandle::pid, CpuMeter::cpuNanos));
  }

  private static long cpuNanos(ProcessHandle process) {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }
}
