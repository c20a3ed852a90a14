package org.reversementoring.content;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NewsItemRepository extends JpaRepository<NewsItem, Long> {

  List<NewsItem> findByOrderByPublishedAtDescIdDesc(Pageable page);
}
