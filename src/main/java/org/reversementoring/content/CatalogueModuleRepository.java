package org.reversementoring.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CatalogueModuleRepository extends JpaRepository<CatalogueModule, String> {

  List<CatalogueModule> findAllByOrderBySortOrderAsc();

  @Query("select coalesce(max(m.sortOrder), 0) from CatalogueModule m")
  int lastSortOrder();
}
