package org.reversementoring.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestCoalescerTest {

  private final RequestCoalescer<String, Integer> coalescer = new RequestCoalescer<>();
  private final AtomicInteger computations = new AtomicInteger();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Thread> callers = new ArrayList<>();

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void callsOneAfterTheOtherEachComputeAnewAndNothingIsKept() {
    assertThat(coalescer.get("all", computations::incrementAndGet)).isEqualTo(1);
    assertThat(coalescer.get("all", computations::incrementAndGet)).isEqualTo(2);
    assertThat(coalescer.activeKeys()).isZero();
  }

  @Test
  void requestsArrivingDuringARunShareTheNextRunNotTheRunningOne() throws Exception {
    CountDownLatch firstMayEnd = new CountDownLatch(1);
    Future<Integer> first = call("all", blockedUntil(firstMayEnd));
    await().until(() -> computations.get() == 1);

    List<Future<Integer>> during = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      during.add(call("all", counting()));
    }
    awaitAllWaiting(6);
    firstMayEnd.countDown();

    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
    for (Future<Integer> answer : during) {
      assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(2);
    }
    assertThat(computations).hasValue(2);
    await().until(() -> coalescer.activeKeys() == 0);
  }

  @Test
  void otherKeysDoNotWait() throws Exception {
    CountDownLatch mayEnd = new CountDownLatch(1);
    Future<Integer> blocked = call("2026", blockedUntil(mayEnd));
    await().until(() -> computations.get() == 1);

    assertThat(call("2025", counting()).get(5, TimeUnit.SECONDS)).isEqualTo(2);
    mayEnd.countDown();
    assertThat(blocked.get(5, TimeUnit.SECONDS)).isEqualTo(1);
  }

  @Test
  void anErrorReachesEveryRequestOfItsRoundAndTheNextCallComputesAgain() throws Exception {
    CountDownLatch firstMayEnd = new CountDownLatch(1);
    Future<Integer> first = call("all", blockedUntil(firstMayEnd));
    await().until(() -> computations.get() == 1);
    Supplier<Integer> failing = () -> {
      computations.incrementAndGet();
      throw new IllegalStateException("database down");
    };
    Future<Integer> one = call("all", failing);
    Future<Integer> other = call("all", failing);
    awaitAllWaiting(3);
    firstMayEnd.countDown();

    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
    assertThatThrownBy(() -> one.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("database down");
    assertThatThrownBy(() -> other.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("database down");
    assertThat(coalescer.get("all", counting())).isEqualTo(3);
  }

  private Future<Integer> call(String key, Supplier<Integer> computation) {
    return threads.submit(() -> {
      synchronized (callers) {
        callers.add(Thread.currentThread());
      }
      return coalescer.get(key, computation);
    });
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

  /** Every caller is parked: the first in its computation, the others waiting for their round. */
  private void awaitAllWaiting(int expected) {
    await().atMost(Duration.ofSeconds(5)).until(() -> {
      synchronized (callers) {
        return callers.size() == expected
            && callers.stream().allMatch(t -> t.getState() == Thread.State.WAITING);
      }
    });
  }
}
