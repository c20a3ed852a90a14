package org.reversementoring.common;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReferenceCounterRepository extends JpaRepository<ReferenceCounter, String> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from ReferenceCounter c where c.key = :key")
  Optional<ReferenceCounter> lockByKey(String key);

  /**
   * A plain insert: fails on an existing key instead of overwriting it, as save() (a merge, the
   * key being assigned) would do with a counter another transaction has just created.
   */
  @Modifying
  @Query(value = "insert into reference_counter (counter_key, last_value) values (:key, 0)",
      nativeQuery = true)
  void create(String key);
}
