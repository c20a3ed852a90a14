package org.reversementoring.content;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reversementoring.common.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one catalogue of digital topics, read from the database at every use: forms, validation,
 * matching, certificates and the report see a topic added or retired without a restart.
 */
@Service
@Transactional(readOnly = true)
public class TopicCatalogue implements TopicNames {

  private final CatalogueTopicRepository topics;

  TopicCatalogue(CatalogueTopicRepository topics) {
    this.topics = topics;
  }

  /** Every topic, retired ones too, in the catalogue's order. */
  public List<CatalogueTopic> all() {
    return topics.findAllByOrderBySortOrderAsc();
  }

  /** The topics people choose from now. */
  public List<CatalogueTopic> offered() {
    return all().stream().filter(topic -> !topic.isRetired()).toList();
  }

  public OfferedTopics offeredCodes() {
    List<CatalogueTopic> all = all();
    return new OfferedTopics(all.stream().filter(t -> !t.isRetired()).map(CatalogueTopic::getCode).toList(),
        all.stream().filter(CatalogueTopic::isRetired).map(CatalogueTopic::getCode).collect(Collectors.toSet()));
  }

  public Optional<CatalogueTopic> find(String code) {
    return code == null ? Optional.empty() : topics.findById(code);
  }

  @Override
  public String name(String code, Language language) {
    return find(code).map(topic -> topic.name(language)).orElse(code);
  }
}
