package org.reversementoring.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CatalogueTopicRepository extends JpaRepository<CatalogueTopic, String> {

  List<CatalogueTopic> findAllByOrderBySortOrderAsc();

  @Query("select coalesce(max(t.sortOrder), 0) from CatalogueTopic t")
  int lastSortOrder();
}
