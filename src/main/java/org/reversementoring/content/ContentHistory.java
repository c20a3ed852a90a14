package org.reversementoring.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Every change to the program's content, written in the change's own transaction. */
@Service
public class ContentHistory {

  /** How many changes the history page shows, newest first. */
  public static final int SHOWN = 200;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ContentChangeRepository changes;
  private final Clock clock;

  ContentHistory(ContentChangeRepository changes, Clock clock) {
    this.changes = changes;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void record(String userId, ContentKind kind, String item, ContentAction action, Map<String, Object> before,
      Map<String, Object> after) {
    changes.save(new ContentChange(clock.instant(), userId, kind, item, action, json(before), json(after)));
  }

  @Transactional(readOnly = true)
  public List<ContentChange> latest() {
    return changes.findByOrderByChangedAtDescIdDesc(PageRequest.of(0, SHOWN));
  }

  private static String json(Map<String, Object> state) {
    if (state == null) {
      return null;
    }
    try {
      return JSON.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a content item that cannot be written as JSON", e);
    }
  }
}
