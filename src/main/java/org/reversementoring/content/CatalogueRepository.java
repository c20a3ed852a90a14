package org.reversementoring.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** The topics' or the modules' table, read in their order. */
@NoRepositoryBean
interface CatalogueRepository<T extends CatalogueItem> extends JpaRepository<T, String> {

  @Query("select item from #{#entityName} item order by item.sortOrder")
  List<T> findAllByOrderBySortOrderAsc();

  @Query("select coalesce(max(item.sortOrder), 0) from #{#entityName} item")
  int lastSortOrder();
}
