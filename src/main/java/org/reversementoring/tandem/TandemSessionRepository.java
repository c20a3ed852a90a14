package org.reversementoring.tandem;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TandemSessionRepository extends JpaRepository<TandemSession, Long> {

  /** Asked at every step of a session. Written out: Hibernate keeps the plan of a query string; a derived query is translated on every call. */
  @Query("select s from TandemSession s where s.tandemId = :tandemId order by s.position")
  List<TandemSession> findByTandemIdOrderByPosition(long tandemId);

  /** Asked at every step of a session. Written out: Hibernate keeps the plan of a query string; a derived query is translated on every call. */
  @Query("select s from TandemSession s where s.tandemId = :tandemId and s.position = :position")
  Optional<TandemSession> findByTandemIdAndPosition(long tandemId, int position);

  Optional<TandemSession> findFirstByTandemIdAndStatusOrderByPosition(long tandemId, SessionStatus status);
}
