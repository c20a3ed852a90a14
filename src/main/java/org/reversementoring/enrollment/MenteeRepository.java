package org.reversementoring.enrollment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MenteeRepository extends JpaRepository<Mentee, Long> {

  /** Whether the (lower-cased) address has an open enrollment (REGISTERED or WAITLISTED). */
  boolean existsByOpenEmail(String email);

  long countByStatusAndStatusChangedAtLessThanEqual(MenteeStatus status, Instant changedAt);

  /** Asked for every enrollment task's case label. JPQL: Hibernate keeps its plan, not a derived query's. */
  @Query("select m from Mentee m where m.number = :number")
  Optional<Mentee> findByNumber(String number);

  List<Mentee> findByUserIdOrderByRegisteredAtAsc(String userId);

  List<Mentee> findByStatusInAndStatusChangedAtBeforeAndErasedAtIsNull(List<MenteeStatus> statuses, Instant cutoff);

  List<Mentee> findByStatusOrderByStatusChangedAtAscIdAsc(MenteeStatus status);
}
