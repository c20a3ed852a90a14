package org.reversementoring.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes two columns of Camunda's tables that the engine's schema leaves without one, so that
 * their lookups read the whole table and grow with the program: the user table's email
 * (participants are found by their email address, see {@code identity.CamundaParticipantDirectory})
 * and the open tasks' parent (every completion asks for the task's subtasks). Created once the
 * engine has created its schema (Flyway runs before that); without the right to create them,
 * lookups still work, only slower.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

  private record Index(String name, String table, String column) {
  }

  private static final List<Index> INDEXES = List.of(
      new Index("RM_IDX_USER_EMAIL", "ACT_ID_USER", "EMAIL_"),
      new Index("RM_IDX_TASK_PARENT", "ACT_RU_TASK", "PARENT_TASK_ID_"));
  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    INDEXES.forEach(index -> create(index, configuration));
  }

  private static void create(Index index, ProcessEngineConfigurationImpl configuration) {
    String table = configuration.getDatabaseTablePrefix() + index.table();
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE INDEX IF NOT EXISTS " + index.name() + " ON " + table + " (" + index.column() + ")");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      LOG.warn("Could not create index {} on {}; lookups by {} read the whole table: {}",
          index.name(), table, index.column(), e.getMessage());
    }
  }
}
