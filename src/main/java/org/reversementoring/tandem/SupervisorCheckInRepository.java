package org.reversementoring.tandem;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupervisorCheckInRepository extends JpaRepository<SupervisorCheckIn, Long> {

  List<SupervisorCheckIn> findByTandemId(long tandemId);

  boolean existsByTandemId(long tandemId);
}
