package org.reversementoring.closing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the sessions a tandem held (table {@code tandem_session}, written by the session loop)
 * for the certificate: read-only, so the closing does not depend on the session entity.
 */
@Component
public class HeldSessions {

  /** One session held: its place in the plan, when, and the topic codes covered. */
  public record HeldSession(int position, Instant heldAt, List<String> topics) {
  }

  private final JdbcTemplate jdbc;

  public HeldSessions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<HeldSession> of(long tandemId) {
    return jdbc.query("select position, held_at, planned_at, topics from tandem_session"
            + " where tandem_id = ? and status = 'HELD' order by position",
        (row, i) -> {
          OffsetDateTime held = row.getObject("held_at", OffsetDateTime.class);
          OffsetDateTime when = held != null ? held : row.getObject("planned_at", OffsetDateTime.class);
          String topics = row.getString("topics");
          return new HeldSession(row.getInt("position"), when.toInstant(), topics == null || topics.isBlank()
              ? List.of() : Arrays.stream(topics.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList());
        }, tandemId);
  }
}
