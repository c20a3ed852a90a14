package org.reversementoring.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An activation link that was sent: the SHA-256 hash of its token (the token itself is only in
 * the mail), whose account it activates and until when. Deleted when used, when any other link
 * of the same account is used, and after it expired.
 */
@Entity
@Table(name = "activation_token")
public class ActivationToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "user_id", nullable = false, length = 64)
  private String userId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected ActivationToken() {
  }

  ActivationToken(String tokenHash, String userId, Instant createdAt, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.userId = userId;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public String getUserId() {
    return userId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  boolean isValidAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
