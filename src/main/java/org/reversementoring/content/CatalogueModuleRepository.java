package org.reversementoring.content;

interface CatalogueModuleRepository extends CatalogueRepository<CatalogueModule> {
}
