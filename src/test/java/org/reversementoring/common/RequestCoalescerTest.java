package org.reversementoring.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestCoalescerTest {

  private final RequestCoalescer<String, Integer> coalescer = new RequestCoalescer<>();
  private final AtomicInteger computations = new AtomicInteger();
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void callsOneAfterTheOtherEachComputeAnewAndNothingIsKept() {
    assertThat(coalescer.get("all", counting())).isEqualTo(1);
    assertThat(coalescer.get("all", counting())).isEqualTo(2);
    assertThat(coalescer.activeKeys()).isZero();
  }

  @Test
  void requestsArrivingDuringARunShareTheNextRunNotTheRunningOne() throws Exception {
    CountDownLatch firstMayEnd = new CountDownLatch(1);
    Caller first = call("all", blockedUntil(firstMayEnd));
    await().until(() -> computations.get() == 1);

    List<Caller> during = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      during.add(call("all", counting()));
    }
    awaitParked(during);
    assertThat(computations).as("nobody starts while the first run is open").hasValue(1);
    firstMayEnd.countDown();

    assertThat(first.answer()).isEqualTo(1);
    for (Caller caller : during) {
      assertThat(caller.answer()).isEqualTo(2);
    }
    assertThat(computations).hasValue(2);
    await().until(() -> coalescer.activeKeys() == 0);
  }

  @Test
  void otherKeysDoNotWait() throws Exception {
    CountDownLatch mayEnd = new CountDownLatch(1);
    Caller blocked = call("2026", blockedUntil(mayEnd));
    await().until(() -> computations.get() == 1);

    assertThat(call("2025", counting()).answer()).isEqualTo(2);
    mayEnd.countDown();
    assertThat(blocked.answer()).isEqualTo(1);
  }

  @Test
  void anErrorReachesEveryRequestOfItsRoundAndTheRoundAfterStillRuns() throws Exception {
    CountDownLatch firstMayEnd = new CountDownLatch(1);
    CountDownLatch failingMayEnd = new CountDownLatch(1);
    Caller first = call("all", blockedUntil(firstMayEnd));
    await().until(() -> computations.get() == 1);
    Supplier<Integer> failing = () -> {
      blockedUntil(failingMayEnd).get();
      throw new IllegalStateException("database down");
    };
    Caller one = call("all", failing);
    Caller other = call("all", failing);
    awaitParked(List.of(one, other));
    firstMayEnd.countDown();
    assertThat(first.answer()).isEqualTo(1);

    await().until(() -> computations.get() == 2);
    Caller after = call("all", counting());
    awaitParked(List.of(after));
    failingMayEnd.countDown();

    assertThat(one.failure()).isInstanceOf(IllegalStateException.class).hasMessage("database down");
    assertThat(other.failure()).isInstanceOf(IllegalStateException.class).hasMessage("database down");
    assertThat(after.answer()).isEqualTo(3);
  }

  @Test
  void anErrorOfTheVirtualMachineReachesTheCallerUnwrapped() {
    assertThatThrownBy(() -> coalescer.get("all", () -> {
      throw new StackOverflowError("too deep");
    })).isExactlyInstanceOf(StackOverflowError.class).hasMessage("too deep");
    assertThat(coalescer.activeKeys()).isZero();
  }

  private record Caller(Future<Integer> future, AtomicReference<Thread> thread) {

    Integer answer() throws Exception {
      return future.get(5, TimeUnit.SECONDS);
    }

    Throwable failure() throws Exception {
      try {
        future.get(5, TimeUnit.SECONDS);
      } catch (ExecutionException failed) {
        return failed.getCause();
      }
      throw new AssertionError("the call did not fail");
    }
  }

  private Caller call(String key, Supplier<Integer> computation) {
    AtomicReference<Thread> thread = new AtomicReference<>();
    Future<Integer> future = threads.submit(() -> {
      thread.set(Thread.currentThread());
      return coalescer.get(key, computation);
    });
    return new Caller(future, thread);
  }

  private Supplier<Integer> counting() {
    return computations::incrementAndGet;
  }

  private Supplier<Integer> blockedUntil(CountDownLatch mayEnd) {
    return () -> {
      int number = computations.incrementAndGet();
      try {
        mayEnd.await();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      return number;
    };
  }

  /** Each caller has arrived and is parked, waiting for its round. */
  private static void awaitParked(List<Caller> callers) {
    await().atMost(Duration.ofSeconds(5)).until(() -> callers.stream().allMatch(caller ->
        caller.thread().get() != null && caller.thread().get().getState() == Thread.State.WAITING));
  }
}
