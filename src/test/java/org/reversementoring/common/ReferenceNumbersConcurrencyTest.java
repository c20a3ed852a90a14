package org.reversementoring.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers drawn at the same time by several requests: each call runs in its own transaction
 * (no test transaction around it), as two applicants submitting at once do.
 */
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ReferenceNumbers.class, ReferenceNumbersConcurrencyTest.FixedClock.class})
class ReferenceNumbersConcurrencyTest {

  static final int THREADS = 4;
  static final int CALLS_PER_THREAD = 25;

  @TestConfiguration
  static class FixedClock {
    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse("2031-06-15T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    }
  }

  @Autowired ReferenceNumbers numbers;
  @Autowired DataSource dataSource;

  @BeforeEach
  void noCounterYet() {
    new JdbcTemplate(dataSource).update("delete from reference_counter");
  }

  @Test
  void concurrentCallsGetDistinctGapFreeNumbers() throws Exception {
    // the counter row exists already: every call goes through the row lock
    assertThat(numbers.next("TST", 4)).isEqualTo("TST-2031-0001");

    List<String> drawn = drawConcurrently();

    assertThat(drawn).hasSize(THREADS * CALLS_PER_THREAD)
        .containsExactlyInAnyOrderElementsOf(expected(2, THREADS * CALLS_PER_THREAD + 1));
  }

  @Test
  void concurrentFirstCallsOfTheYearGetDistinctGapFreeNumbers() throws Exception {
    // no counter row yet: the first calls of all threads race to create it
    List<String> drawn = drawConcurrently();

    assertThat(drawn).hasSize(THREADS * CALLS_PER_THREAD)
        .containsExactlyInAnyOrderElementsOf(expected(1, THREADS * CALLS_PER_THREAD));
  }

  private List<String> drawConcurrently() throws Exception {
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<List<String>> draw = () -> {
          start.await(10, TimeUnit.SECONDS);
          List<String> mine = new ArrayList<>();
          for (int i = 0; i < CALLS_PER_THREAD; i++) {
            mine.add(numbers.next("TST", 4));
          }
          return mine;
        };
        results.add(pool.submit(draw));
      }
      List<String> all = new ArrayList<>();
      for (Future<List<String>> result : results) {
        all.addAll(result.get(60, TimeUnit.SECONDS));
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> expected(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(n -> String.format("TST-2031-%04d", n))
        .toList();
  }
}
