package org.reversementoring.content;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContentChangeRepository extends JpaRepository<ContentChange, Long> {

  List<ContentChange> findByOrderByChangedAtDescIdDesc(Pageable page);
}
