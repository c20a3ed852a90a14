package org.reversementoring.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A person of the company's sign-on provider (issuer and subject) is this program account. */
@Entity
@Table(name = "company_account_link")
class CompanyAccountLink {

  @EmbeddedId
  private CompanyIdentity identity;

  @Column(name = "user_id", nullable = false, length = 64)
  private String userId;

  @Column(name = "linked_at", nullable = false)
  private Instant linkedAt;

  protected CompanyAccountLink() {
  }

  CompanyAccountLink(CompanyIdentity identity, String userId, Instant linkedAt) {
    this.identity = identity;
    this.userId = userId;
    this.linkedAt = linkedAt;
  }

  String userId() {
    return userId;
  }

  /** The provider's stable name for a person: its issuer and the subject it gave them. */
  @Embeddable
  record CompanyIdentity(@Column(name = "issuer", length = 255) String issuer,
      @Column(name = "subject", length = 255) String subject) implements Serializable {
  }
}
