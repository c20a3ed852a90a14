package org.reversementoring.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The domain tables' lookups by person and by tandem read an index, not the whole table. H2 indexes
 * every foreign key by itself, under a generated name ({@code ..._INDEX_...}); PostgreSQL does
 * not, so only the indexes the migrations declare count: named ones and those of unique keys.
 */
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
class LookupIndexesTest {

  @Autowired
  JdbcTemplate sql;

  @ParameterizedTest(name = "{0}.{1}")
  @CsvSource({
      "MENTOR, USER_ID", "MENTOR, EMAIL", "MENTEE, USER_ID", "MENTEE, EMAIL", "NOTIFICATION, RECIPIENTS",
      "NOTIFICATION, STEP_KEY", "SUPERVISOR_CHECKIN, TANDEM_ID", "TANDEM_SESSION, TANDEM_ID",
      "FINAL_FEEDBACK, TANDEM_ID", "TANDEM, MENTOR_ID", "TANDEM, MENTEE_ID"})
  void anIndexStartsWithTheLookupColumn(String table, String column) {
    Integer indexes = sql.queryForObject("""
        select count(*) from information_schema.index_columns c
        where c.table_name = ? and c.column_name = ? and c.ordinal_position = 1
          and (c.index_name not like '%\\_INDEX\\_%' escape '\\'
               or c.index_name in (select index_name from information_schema.table_constraints
                                   where constraint_type in ('UNIQUE', 'PRIMARY KEY') and index_name is not null))
        """, Integer.class, table, column);

    assertThat(indexes).as("indexes on %s starting with %s", table, column).isPositive();
  }
}
