package org.reversementoring.enrollment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MenteeRepository extends JpaRepository<Mentee, Long> {

  /** Whether the (lower-cased) address has an open enrollment (REGISTERED or WAITLISTED). */
  @Query("select count(m) > 0 from Mentee m where m.openEmail = :email")
  boolean existsByOpenEmail(String email);

  @Query("select count(m) from Mentee m where m.status = :status and m.statusChangedAt <= :changedAt")
  long countByStatusAndStatusChangedAtLessThanEqual(MenteeStatus status, Instant changedAt);

  /** Asked for every enrollment task's case label. */
  @Query("select m from Mentee m where m.number = :number")
  Optional<Mentee> findByNumber(String number);

  @Query("select m from Mentee m where m.userId = :userId order by m.registeredAt")
  List<Mentee> findByUserIdOrderByRegisteredAtAsc(String userId);

  @Query("select m from Mentee m where m.status in :statuses and m.statusChangedAt < :cutoff and m.erasedAt is null")
  List<Mentee> findByStatusInAndStatusChangedAtBeforeAndErasedAtIsNull(List<MenteeStatus> statuses, Instant cutoff);

  @Query("select m from Mentee m where m.status = :status order by m.statusChangedAt, m.id")
  List<Mentee> findByStatusOrderByStatusChangedAtAscIdAsc(MenteeStatus status);
}
