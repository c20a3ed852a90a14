package org.reversementoring.content;

import org.springframework.stereotype.Service;

/** Changes to the topic catalogue. */
@Service
public class TopicEditing extends CatalogueEditing<CatalogueTopic, TopicInput> {

  TopicEditing(CatalogueTopicRepository topics, ContentHistory history) {
    super(new Setup<>(ContentKind.TOPIC, CatalogueTopic.KEY_FIELD, CatalogueTopic::new,
        "'%s' is already in the catalogue", "no topic '%s' in the catalogue"), topics, history);
  }
}
