package org.reversementoring.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reversementoring.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AppTest
class EngineIndexesTest {

  @Autowired
  JdbcTemplate sql;

  @Test
  void theUsersEmailAndTheTasksParentAreIndexedOnceTheEngineHasCreatedItsTables() {
    assertThat(indexedColumns("ACT_ID_USER", "RM_IDX_USER_EMAIL")).containsExactly("EMAIL_");
    assertThat(indexedColumns("ACT_RU_TASK", "RM_IDX_TASK_PARENT")).containsExactly("PARENT_TASK_ID_");
  }

  private List<String> indexedColumns(String table, String index) {
    return sql.queryForList("""
        select c.column_name from information_schema.index_columns c
        where c.table_name = ? and c.index_name = ?""", String.class, table, index);
  }
}
