package org.reversementoring.common;

import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Secrets the installation makes for itself at its first start and keeps in its database
 * ({@code installation_secret}), so they survive restarts and every node on the database uses
 * the same. Another installation, on another database, gets other secrets.
 */
@Component
@DependsOnDatabaseInitialization
public class InstallationSecrets {

  static final String LINK_SECRET = "link-secret";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final SecureRandom random = new SecureRandom();

  public InstallationSecrets(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The installation's link secret; the first start makes it. */
  public LinkSecret linkSecret() {
    return stored(LINK_SECRET).orElseGet(() -> {
      create(LINK_SECRET, LinkSecret.random(random));
      return stored(LINK_SECRET).orElseThrow();
    });
  }

  /**
   * Inserts in a transaction of its own: when nodes start together, the first insert wins, the
   * others fail on the primary key and read the winner's secret.
   */
  private void create(String name, LinkSecret secret) {
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.update(
          "insert into installation_secret (secret_name, secret_value) values (?, ?)", name, secret.value()));
    } catch (DataIntegrityViolationException createdMeanwhile) {
      // another node made it first; everyone uses that one
    }
  }

  private Optional<LinkSecret> stored(String name) {
    return jdbc.queryForList("select secret_value from installation_secret where secret_name = ?", String.class, name)
        .stream().findFirst().map(LinkSecret::new);
  }
}
