package org.reversementoring.common;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Lets requests for the same key that arrive together share one computation, without ever
 * answering with figures older than the request: whoever arrives while the key's computation runs
 * waits for the next one, which starts when the running one ends and serves everyone who came in
 * between. At most one computation per key runs at a time; an error reaches every request of its
 * round. Nothing is kept once a key's requests are answered.
 */
public final class RequestCoalescer<K, V> {

  private final Map<K, Slot<V>> slots = new HashMap<>();

  /** The value computed by a round that started after this call. */
  public V get(K key, Supplier<V> computation) {
    Slot<V> slot;
    Round<V> round;
    synchronized (slots) {
      slot = slots.computeIfAbsent(key, k -> new Slot<>());
      if (slot.next == null) {
        slot.next = new Round<>(slot.running);
      }
      round = slot.next;
    }
    round.awaitPrevious();
    if (round.claimed.compareAndSet(false, true)) {
      run(key, slot, round, computation);
    }
    try {
      return round.result.join();
    } catch (CompletionException failed) {
      if (failed.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (failed.getCause() instanceof Error cause) {
        throw cause;
      }
      throw failed;
    }
  }

  private void run(K key, Slot<V> slot, Round<V> round, Supplier<V> computation) {
    synchronized (slots) {
      slot.next = null;
      slot.running = round;
    }
    // the round is everyone's: one caller's interrupt must not fail it for the others
    boolean interrupted = Thread.interrupted();
    try {
      round.result.complete(computation.get());
    } catch (Throwable failed) {
      round.result.completeExceptionally(failed);
    } finally {
      if (!round.result.isDone()) {
        round.result.completeExceptionally(new IllegalStateException("the computation ended without a result"));
      }
      synchronized (slots) {
        if (slot.running == round) {
          slot.running = null;
        }
        if (slot.running == null && slot.next == null) {
          slots.remove(key, slot);
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Keys with a computation running or waiting; for tests. */
  int activeKeys() {
    synchronized (slots) {
      return slots.size();
    }
  }

  private static final class Slot<V> {
    private Round<V> running;
    private Round<V> next;
  }

  private static final class Round<V> {
    private final Round<V> previous;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<V> result = new CompletableFuture<>();

    private Round(Round<V> previous) {
      this.previous = previous;
    }

    /** Its figures must be read after the running round's: wait for it, whatever it ended with. */
    private void awaitPrevious() {
      if (previous != null) {
        previous.result.handle((value, error) -> null).join();
      }
    }
  }
}
