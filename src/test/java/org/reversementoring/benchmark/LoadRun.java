package org.reversementoring.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients that each send one kind of request, one after the other, for a given time; every answer
 * timed, from sending to the whole answer read. A status outside 200–399 or an exception is an
 * error; a client whose work runs out (preparing throws {@link NoSuchElementException}) stops early.
 */
final class LoadRun {

  /** A client's next request: what it needs (e.g. which task) is found untimed, then the call is timed. */
  interface Request {
    Call prepare() throws Exception;
  }

  /** Answers the HTTP status (the Java API answers 200 when it returned). */
  interface Call {
    int send() throws Exception;
  }

  private LoadRun() {
  }

  static Latencies run(String scenario, List<Request> clients, Duration duration) throws InterruptedException {
    long end = System.nanoTime() + duration.toNanos();
    List<long[]> timesPerClient = new ArrayList<>();
    Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    AtomicLong ranOutAtNanos = new AtomicLong(-1);
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (Request request : clients) {
      long[][] times = {new long[1024]};
      int[] count = {0};
      Thread thread = new Thread(() -> {
        while (System.nanoTime() < end) {
          Call call;
          try {
            call = request.prepare();
          } catch (NoSuchElementException outOfWork) {
            if (System.nanoTime() < end) {
              ranOutAtNanos.compareAndSet(-1, System.nanoTime() - start);
            }
            break;
          } catch (Exception e) {
            throw new IllegalStateException("preparing a request failed", e);
          }
          long sent = System.nanoTime();
          String error;
          try {
            int status = call.send();
            error = status >= 200 && status < 400 ? null : "HTTP " + status;
          } catch (Exception e) {
            error = e.getClass().getSimpleName();
          }
          if (count[0] == times[0].length) {
            times[0] = java.util.Arrays.copyOf(times[0], count[0] * 2);
          }
          times[0][count[0]++] = System.nanoTime() - sent;
          if (error != null) {
            errors.computeIfAbsent(error, e -> new AtomicLong()).incrementAndGet();
          }
        }
        synchronized (timesPerClient) {
          timesPerClient.add(java.util.Arrays.copyOf(times[0], count[0]));
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Long> errorCounts = new TreeMap<>();
    errors.forEach((error, count) -> errorCounts.put(error, count.get()));
    return Latencies.of(scenario, clients.size(), seconds, timesPerClient, errorCounts,
        ranOutAtNanos.get() < 0 ? -1 : ranOutAtNanos.get() / 1e9);
  }
}
