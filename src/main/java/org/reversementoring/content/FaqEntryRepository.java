package org.reversementoring.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FaqEntryRepository extends JpaRepository<FaqEntry, Long> {

  @Query("select f from FaqEntry f order by f.sortOrder, f.id")
  List<FaqEntry> findAllByOrderBySortOrderAscIdAsc();

  @Query("select coalesce(max(f.sortOrder), 0) from FaqEntry f")
  int lastSortOrder();
}
