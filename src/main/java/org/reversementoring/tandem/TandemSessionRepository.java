package org.reversementoring.tandem;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TandemSessionRepository extends JpaRepository<TandemSession, Long> {

  /** Asked at every step of a session. */
  @Query("select s from TandemSession s where s.tandemId = :tandemId order by s.position")
  List<TandemSession> findByTandemIdOrderByPosition(long tandemId);

  /** Asked at every step of a session. */
  @Query("select s from TandemSession s where s.tandemId = :tandemId and s.position = :position")
  Optional<TandemSession> findByTandemIdAndPosition(long tandemId, int position);

  @Query("select s from TandemSession s where s.tandemId = :tandemId and s.status = :status"
      + " order by s.position limit 1")
  Optional<TandemSession> findFirstByTandemIdAndStatusOrderByPosition(long tandemId, SessionStatus status);
}
