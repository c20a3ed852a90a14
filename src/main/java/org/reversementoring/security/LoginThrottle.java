package org.reversementoring.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The failed-login policy: guessing is slowed down per client address, and nobody can lock
 * anybody else out. After {@value #FAILURES_PER_ACCOUNT} wrong passwords for one account from
 * one address within {@link #WINDOW}, that address may not try that account again until the
 * window has passed; after {@value #FAILURES_PER_ADDRESS} wrong passwords for any accounts, the
 * address may not try at all. The account itself is never locked, so the person logs in from
 * their own device as usual. The counts live in memory, per node.
 */
@Component
public class LoginThrottle {

  static final int FAILURES_PER_ACCOUNT = 5;
  static final int FAILURES_PER_ADDRESS = 50;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MAX_TRACKED_KEYS = 100_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Whether this address may try this account now. */
  public boolean allows(String address, String userId) {
    Instant now = clock.instant();
    return recent(accountKey(address, userId), now) < FAILURES_PER_ACCOUNT
        && recent(addressKey(address), now) < FAILURES_PER_ADDRESS;
  }

  public void failed(String address, String userId) {
    if (failures.size() > MAX_TRACKED_KEYS) {
      failures.clear();
    }
    Instant now = clock.instant();
    record(accountKey(address, userId), now);
    record(addressKey(address), now);
  }

  public void succeeded(String address, String userId) {
    failures.remove(accountKey(address, userId));
  }

  /** Seconds until this address may try again; for the Retry-After header. */
  public long retryAfterSeconds() {
    return WINDOW.toSeconds();
  }

  private int recent(String key, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
        times.pollFirst();
      }
      return times.size();
    }
  }

  private void record(String key, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(now);
      if (times.size() > FAILURES_PER_ADDRESS) {
        times.pollFirst();
      }
    }
  }

  private static String accountKey(String address, String userId) {
    return address + "|" + (userId == null ? "" : userId.toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return address;
  }
}
