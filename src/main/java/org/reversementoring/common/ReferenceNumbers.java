package org.reversementoring.common;

import java.time.Clock;
import java.time.Year;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Readable, gap-free numbers per year such as RMA-2026-0001 (applications) or RMT-2026-001. */
@Service
public class ReferenceNumbers {

  private final ReferenceCounterRepository counters;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;

  public ReferenceNumbers(ReferenceCounterRepository counters, Clock clock,
      PlatformTransactionManager transactions) {
    this.counters = counters;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Draws the next number in the caller's transaction; a rollback gives the number back. */
  @Transactional
  public String next(String prefix, int digits) {
    String key = prefix + "-" + Year.now(clock).getValue();
    ReferenceCounter counter = counters.lockByKey(key).orElseGet(() -> {
      createCounter(key);
      return counters.lockByKey(key).orElseThrow();
    });
    return key + "-" + String.format("%0" + digits + "d", counter.next());
  }

  /**
   * Creates the year's counter in a transaction of its own: when the first numbers of a year are
   * drawn at the same time, the loser of the insert must not spoil the caller's transaction.
   */
  private void createCounter(String key) {
    try {
      ownTransaction.executeWithoutResult(status -> counters.create(key));
    } catch (DataIntegrityViolationException createdMeanwhile) {
      // another transaction created it; the caller locks that row
    }
  }
}
