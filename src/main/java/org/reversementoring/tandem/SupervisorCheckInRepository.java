package org.reversementoring.tandem;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SupervisorCheckInRepository extends JpaRepository<SupervisorCheckIn, Long> {

  @Query("select c from SupervisorCheckIn c where c.tandemId = :tandemId")
  List<SupervisorCheckIn> findByTandemId(long tandemId);

  @Query("select count(c) > 0 from SupervisorCheckIn c where c.tandemId = :tandemId")
  boolean existsByTandemId(long tandemId);
}
