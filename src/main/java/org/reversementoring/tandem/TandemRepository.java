package org.reversementoring.tandem;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TandemRepository extends JpaRepository<Tandem, Long> {

  /** Asked for every tandem task's case label. JPQL: Hibernate keeps its plan, not a derived query's. */
  @Query("select t from Tandem t where t.number = :number")
  Optional<Tandem> findByNumber(String number);

  Optional<Tandem> findByMenteeId(long menteeId);

  List<Tandem> findByMentorIdIn(Collection<Long> mentorIds);

  List<Tandem> findByStatusIn(Collection<TandemStatus> statuses);
}
