package org.reversementoring.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActivationTokenRepository extends JpaRepository<ActivationToken, Long> {

  @Query("select t from ActivationToken t where t.tokenHash = :tokenHash")
  Optional<ActivationToken> findByTokenHash(String tokenHash);

  @Query("select count(t) from ActivationToken t where t.userId = :userId and t.createdAt > :since")
  long countByUserIdAndCreatedAtAfter(String userId, Instant since);

  /** Consumes a token: 1 if this caller used it, 0 if it is unknown, expired or already used. */
  @Modifying(flushAutomatically = true)
  @Query("delete from ActivationToken t where t.tokenHash = :hash and t.expiresAt > :now")
  int consume(@Param("hash") String tokenHash, @Param("now") Instant now);

  @Modifying(flushAutomatically = true)
  @Query("delete from ActivationToken t where t.userId = :userId")
  int deleteAllOf(@Param("userId") String userId);

  @Modifying(flushAutomatically = true)
  @Query("delete from ActivationToken t where t.userId = :userId and t.expiresAt <= :now")
  int deleteExpiredOf(@Param("userId") String userId, @Param("now") Instant now);

  @Modifying(flushAutomatically = true)
  @Query("delete from ActivationToken t where t.expiresAt <= :now")
  int deleteExpired(@Param("now") Instant now);
}
