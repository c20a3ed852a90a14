package org.reversementoring.tandem;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TandemSessionRepository extends JpaRepository<TandemSession, Long> {

  List<TandemSession> findByTandemIdOrderByPosition(long tandemId);

  Optional<TandemSession> findByTandemIdAndPosition(long tandemId, int position);

  Optional<TandemSession> findFirstByTandemIdAndStatusOrderByPosition(long tandemId, SessionStatus status);
}
