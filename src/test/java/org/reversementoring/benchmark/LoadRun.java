package org.reversementoring.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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

  private final long start = System.nanoTime();
  private final long end;
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
  private final AtomicLong ranOutAtNanos = new AtomicLong(-1);

  private LoadRun(Duration duration) {
    this.end = start + duration.toNanos();
  }

  static Latencies run(String scenario, List<Request> requests, Duration duration) throws InterruptedException {
    LoadRun run = new LoadRun(duration);
    List<Client> clients = requests.stream().map(request -> run.new Client(request)).toList();
    List<Thread> threads = clients.stream().map(Thread::new).toList();
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - run.start) / 1e9;
    Map<String, Long> errorCounts = new TreeMap<>();
    run.errors.forEach((error, count) -> errorCounts.put(error, count.get()));
    return Latencies.of(scenario, clients.size(), seconds, clients.stream().map(Client::times).toList(), errorCounts,
        run.ranOutAtNanos.get() < 0 ? -1 : run.ranOutAtNanos.get() / 1e9);
  }

  private final class Client implements Runnable {

    private final Request request;
    private long[] times = new long[1024];
    private int count;

    Client(Request request) {
      this.request = request;
    }

    @Override
    public void run() {
      while (System.nanoTime() < end) {
        Call call;
        try {
          call = request.prepare();
        } catch (NoSuchElementException outOfWork) {
          if (System.nanoTime() < end) {
            ranOutAtNanos.compareAndSet(-1, System.nanoTime() - start);
          }
          return;
        } catch (Exception e) {
          error("preparing: " + e.getClass().getSimpleName());
          return;
        }
        long sent = System.nanoTime();
        try {
          int status = call.send();
          if (status < 200 || status >= 400) {
            error("HTTP " + status);
          }
        } catch (Exception e) {
          error(e.getClass().getSimpleName());
        }
        record(System.nanoTime() - sent);
      }
    }

    private void record(long nanos) {
      if (count == times.length) {
        times = Arrays.copyOf(times, count * 2);
      }
      times[count++] = nanos;
    }

    private void error(String what) {
      errors.computeIfAbsent(what, e -> new AtomicLong()).incrementAndGet();
    }

    /** Read after the client's thread has ended. */
    long[] times() {
      return Arrays.copyOf(times, count);
    }
  }
}
