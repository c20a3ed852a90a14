package org.reversementoring.content;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the topic catalogue, each checked (a refusal names the field and changes nothing)
 * and recorded in the {@link ContentHistory}. Codes never change; a topic is retired, not deleted.
 */
@Service
@Transactional
public class TopicEditing {

  private final CatalogueTopicRepository topics;
  private final ContentHistory history;
  private final Retirements retirements;

  TopicEditing(CatalogueTopicRepository topics, ContentHistory history, Retirements retirements) {
    this.topics = topics;
    this.history = history;
    this.retirements = retirements;
  }

  public CatalogueTopic add(String userId, TopicInput input) {
    Checks checks = new Checks();
    String code = checks.code("code", input.code());
    Wording names = input.names(checks);
    Wording descriptions = input.descriptions(checks);
    if (code != null && topics.existsById(code)) {
      checks.refuse("code", "'" + code + "' is already in the catalogue");
    }
    checks.uniqueNames(names, null, topics.findAll());
    checks.refuseIfAny();
    CatalogueTopic topic = new CatalogueTopic(code, topics.lastSortOrder() + 1);
    topic.describe(names, descriptions);
    topics.save(topic);
    history.record(userId, ContentKind.TOPIC, code, ContentAction.ADDED, null, topic.state());
    return topic;
  }

  public CatalogueTopic change(String userId, String code, TopicInput input) {
    CatalogueTopic topic = existing(code);
    Checks checks = new Checks();
    Wording names = input.names(checks);
    Wording descriptions = input.descriptions(checks);
    checks.uniqueNames(names, code, topics.findAll());
    checks.refuseIfAny();
    Map<String, Object> before = topic.state();
    topic.describe(names, descriptions);
    history.record(userId, ContentKind.TOPIC, code, ContentAction.CHANGED, before, topic.state());
    return topic;
  }

  /** No longer offered in forms; records that name it keep its name. */
  public CatalogueTopic retire(String userId, String code) {
    return retirements.set(userId, ContentKind.TOPIC, "code", existing(code), true, topics.findAll());
  }

  public CatalogueTopic reinstate(String userId, String code) {
    return retirements.set(userId, ContentKind.TOPIC, "code", existing(code), false, topics.findAll());
  }

  private CatalogueTopic existing(String code) {
    return topics.findById(code == null ? "" : code)
        .orElseThrow(() -> Checks.refusal("code", "no topic '" + code + "' in the catalogue"));
  }
}
