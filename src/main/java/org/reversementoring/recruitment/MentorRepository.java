package org.reversementoring.recruitment;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MentorRepository extends JpaRepository<Mentor, Long> {

  /** Locks the person so that two simultaneous applications cannot both be the open one. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select m from Mentor m where m.email = :email")
  Optional<Mentor> lockByEmail(String email);

  @Query("select m from Mentor m where m.userId = :userId")
  Optional<Mentor> findByUserId(String userId);

  @Query("select m from Mentor m where m.email = :email")
  Optional<Mentor> findByEmail(String email);
}
