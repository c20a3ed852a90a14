package org.reversementoring.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the email column of Camunda's user table: participants are found by their email
 * address ({@link CamundaParticipantDirectory}), and the engine's schema has no index there, so
 * every lookup read the whole table and a cohort's cost grew with the number of former
 * participants. Created once the engine has created its schema (Flyway runs before that);
 * without the right to create it, lookups still work, only slower.
 */
@Component
class UserEmailIndex extends AbstractProcessEnginePlugin {

  static final String NAME = "RM_IDX_USER_EMAIL";
  private static final Logger LOG = LoggerFactory.getLogger(UserEmailIndex.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    String table = configuration.getDatabaseTablePrefix() + "ACT_ID_USER";
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE INDEX IF NOT EXISTS " + NAME + " ON " + table + " (EMAIL_)");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      LOG.warn("Could not create index {} on {}; participant lookups by email scan the table: {}",
          NAME, table, e.getMessage());
    }
  }
}
