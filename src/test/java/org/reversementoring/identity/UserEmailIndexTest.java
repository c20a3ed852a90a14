package org.reversementoring.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IdentityIntegrationTest
class UserEmailIndexTest {

  @Autowired
  JdbcTemplate sql;

  @Test
  void theUserTableIsIndexedByEmailOnceTheEngineHasCreatedIt() {
    List<String> columns = sql.queryForList("""
        select c.column_name from information_schema.index_columns c
        where c.table_name = 'ACT_ID_USER' and c.index_name = ?""", String.class, UserEmailIndex.NAME);

    assertThat(columns).containsExactly("EMAIL_");
  }
}
