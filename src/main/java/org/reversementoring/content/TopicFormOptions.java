package org.reversementoring.content;

import java.util.List;
import java.util.Optional;
import org.reversementoring.common.FormOptionLists;
import org.reversementoring.common.Language;
import org.springframework.stereotype.Component;

/** The forms' topic choices ({@code "valuesKey": "topicOptions"}): the topics the catalogue offers now. */
@Component
class TopicFormOptions implements FormOptionLists {

  static final String TOPICS = "topicOptions";

  private final TopicCatalogue catalogue;

  TopicFormOptions(TopicCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public Optional<List<Option>> options(String valuesKey, Language language) {
    if (!TOPICS.equals(valuesKey)) {
      return Optional.empty();
    }
    return Optional.of(catalogue.offered().stream()
        .map(topic -> new Option(topic.name(language), topic.getCode()))
        .toList());
  }
}
