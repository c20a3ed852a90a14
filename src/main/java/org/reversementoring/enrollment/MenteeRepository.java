package org.reversementoring.enrollment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MenteeRepository extends JpaRepository<Mentee, Long> {

  /** Whether the (lower-cased) address has an open enrollment (REGISTERED or WAITLISTED). */
  boolean existsByOpenEmail(String email);

  long countByStatusAndStatusChangedAtLessThanEqual(MenteeStatus status, Instant changedAt);

  Optional<Mentee> findByNumber(String number);

  List<Mentee> findByUserIdOrderByRegisteredAtAsc(String userId);

  List<Mentee> findByStatusInAndStatusChangedAtBeforeAndErasedAtIsNull(List<MenteeStatus> statuses, Instant cutoff);

  List<Mentee> findByStatusOrderByStatusChangedAtAscIdAsc(MenteeStatus status);
}
