package org.reversementoring.benchmark;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The CPU time a scenario costs the server side, per request: the process that serves it (the
 * app's JVM, or this JVM for the bare engine, its clients included) and every PostgreSQL server
 * process on this machine (from /proc, so Linux only; a backend that ends in between is lost,
 * the connection pools keep theirs).
 */
final class CpuMeter {

  private static final String POSTGRES = "/postgres";

  private final ProcessHandle server;
  private final long serverStartNanos;
  private final Map<Long, Long> databaseStartNanos;

  private CpuMeter(ProcessHandle server) {
    this.server = server;
    this.serverStartNanos = cpuNanos(server);
    this.databaseStartNanos = databaseNanos();
  }

  static CpuMeter start(ProcessHandle server) {
    return new CpuMeter(server);
  }

  /** The CPU per request since the start, e.g. {@code CPU per request: server 41.2 ms, PostgreSQL 63.0 ms}. */
  String perRequest(long requests) {
    double serverMs = (cpuNanos(server) - serverStartNanos) / 1e6;
    double databaseMs = databaseNanos().entrySet().stream()
        .mapToLong(backend -> backend.getValue() - databaseStartNanos.getOrDefault(backend.getKey(), 0L))
        .sum() / 1e6;
    long n = Math.max(requests, 1);
    return String.format(Locale.ROOT, "CPU per request: server %.1f ms, PostgreSQL %.1f ms",
        serverMs / n, databaseMs / n);
  }

  private static Map<Long, Long> databaseNanos() {
    return ProcessHandle.allProcesses()
        .filter(process -> process.info().command().map(command -> command.endsWith(POSTGRES)).orElse(false))
        .collect(Collectors.toMap(ProcessHandle::pid, CpuMeter::cpuNanos));
  }

  private static long cpuNanos(ProcessHandle process) {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }
}
