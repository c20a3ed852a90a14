package org.reversementoring.content;

interface CatalogueTopicRepository extends CatalogueRepository<CatalogueTopic> {
}
