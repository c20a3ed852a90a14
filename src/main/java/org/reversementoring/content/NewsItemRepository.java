package org.reversementoring.content;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NewsItemRepository extends JpaRepository<NewsItem, Long> {

  @Query("select n from NewsItem n order by n.publishedAt desc, n.id desc")
  List<NewsItem> findByOrderByPublishedAtDescIdDesc(Pageable page);
}
