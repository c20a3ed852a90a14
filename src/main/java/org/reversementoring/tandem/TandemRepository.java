package org.reversementoring.tandem;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TandemRepository extends JpaRepository<Tandem, Long> {

  /** Asked for every tandem task's case label. */
  @Query("select t from Tandem t where t.number = :number")
  Optional<Tandem> findByNumber(String number);

  @Query("select t from Tandem t where t.menteeId = :menteeId")
  Optional<Tandem> findByMenteeId(long menteeId);

  @Query("select t from Tandem t where t.mentorId in :mentorIds")
  List<Tandem> findByMentorIdIn(Collection<Long> mentorIds);

  @Query("select t from Tandem t where t.status in :statuses")
  List<Tandem> findByStatusIn(Collection<TandemStatus> statuses);
}
