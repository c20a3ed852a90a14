package org.reversementoring.common;

import java.time.Clock;
import java.time.Year;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Readable, gap-free numbers per year such as RMA-2026-0001 (applications) or RMT-2026-001. */
@Service
public class ReferenceNumbers {

  private final ReferenceCounterRepository counters;
  private final Clock clock;

  public ReferenceNumbers(ReferenceCounterRepository counters, Clock clock) {
    this.counters = counters;
    this.clock = clock;
  }

  /** Draws the next number in the caller's transaction; a rollback gives the number back. */
  @Transactional
  public String next(String prefix, int digits) {
    String key = prefix + "-" + Year.now(clock).getValue();
    ReferenceCounter counter = counters.lockByKey(key)
        .orElseGet(() -> counters.saveAndFlush(new ReferenceCounter(key)));
    return key + "-" + String.format("%0" + digits + "d", counter.next());
  }
}
