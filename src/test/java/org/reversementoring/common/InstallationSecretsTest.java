package org.reversementoring.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The installation's own link secret on the Flyway schema: made once, then kept; nodes that start
 * together on one database (here: threads, each with its own instance) all end up with the same.
 */
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import(InstallationSecrets.class)
class InstallationSecretsTest {

  static final int NODES = 6;

  @Autowired InstallationSecrets secrets;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @BeforeEach
  void noSecretYet() {
    jdbc.update("delete from installation_secret");
  }

  @Test
  void theFirstCallMakesAStrongSecretAndLaterCallsGetTheSame() {
    LinkSecret made = secrets.linkSecret();

    assertThat(made.value()).hasSize(43);
    assertThat(LinkSecretPolicy.weakness(made.value())).isEmpty();
    assertThat(new InstallationSecrets(jdbc, transactions).linkSecret()).as("after a restart").isEqualTo(made);
    assertThat(rows()).isEqualTo(1);
  }

  @Test
  void nodesStartingTogetherGetTheSameSecret() throws Exception {
    CyclicBarrier start = new CyclicBarrier(NODES);
    ExecutorService pool = Executors.newFixedThreadPool(NODES);
    try {
      List<Future<LinkSecret>> results = new ArrayList<>();
      for (int node = 0; node < NODES; node++) {
        InstallationSecrets ofThisNode = new InstallationSecrets(jdbc, transactions);
        results.add(pool.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          return ofThisNode.linkSecret();
        }));
      }
      List<LinkSecret> got = new ArrayList<>();
      for (Future<LinkSecret> result : results) {
        got.add(result.get(60, TimeUnit.SECONDS));
      }

      assertThat(got).hasSize(NODES).containsOnly(got.get(0));
      assertThat(rows()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  private int rows() {
    return jdbc.queryForObject("select count(*) from installation_secret", Integer.class);
  }
}
