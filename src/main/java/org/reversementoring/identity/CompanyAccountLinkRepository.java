package org.reversementoring.identity;

import java.util.Optional;
import org.reversementoring.identity.CompanyAccountLink.CompanyIdentity;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CompanyAccountLinkRepository extends JpaRepository<CompanyAccountLink, CompanyIdentity> {

  @Query("select l from CompanyAccountLink l where l.identity.issuer = :issuer and l.userId = :userId")
  Optional<CompanyAccountLink> findByIssuerAndUserId(@Param("issuer") String issuer, @Param("userId") String userId);

  @Modifying(flushAutomatically = true)
  @Query("delete from CompanyAccountLink l where l.userId = :userId")
  int deleteAllOf(@Param("userId") String userId);
}
