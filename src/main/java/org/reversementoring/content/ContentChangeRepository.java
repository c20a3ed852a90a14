package org.reversementoring.content;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContentChangeRepository extends JpaRepository<ContentChange, Long> {

  @Query("select c from ContentChange c order by c.changedAt desc, c.id desc")
  List<ContentChange> findByOrderByChangedAtDescIdDesc(Pageable page);
}
