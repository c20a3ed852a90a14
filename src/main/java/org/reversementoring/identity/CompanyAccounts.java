package org.reversementoring.identity;

import java.time.Clock;
import java.util.Optional;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.identity.CompanyAccountLink.CompanyIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which program account a person signing on through the company's OpenID Connect provider is:
 * found by the provider's issuer and stable subject only, never by a name or an email the person
 * could change at the provider. Links are made by the program office alone ({@link #link}).
 */
@Service
public class CompanyAccounts {

  static final String USER_ID = "userId";
  static final String SUBJECT = "subject";

  private final CompanyAccountLinkRepository links;
  private final ParticipantDirectory participants;
  private final Clock clock;

  CompanyAccounts(CompanyAccountLinkRepository links, ParticipantDirectory participants, Clock clock) {
    this.links = links;
    this.participants = participants;
    this.clock = clock;
  }

  /** The user id linked to this subject of this issuer, if the program office linked one. */
  @Transactional(readOnly = true)
  public Optional<String> userIdOf(String issuer, String subject) {
    return links.findById(new CompanyIdentity(issuer, subject)).map(CompanyAccountLink::userId)
        .filter(userId -> participants.findById(userId).isPresent());
  }

  /**
   * Links the subject to the account, replacing the account's earlier link to this issuer.
   * Refused (naming the field) for an unknown account, an empty subject, or a subject that is
   * another account's already.
   */
  @Transactional
  public void link(String issuer, String subject, String userId) {
    if (userId == null || participants.findById(userId).isEmpty()) {
      throw new RejectedInputException(USER_ID, "must be an existing account");
    }
    if (subject == null || subject.isBlank() || subject.length() > 255) {
      throw new RejectedInputException(SUBJECT, "must be the provider's subject of the person, 1 to 255 characters");
    }
    CompanyIdentity identity = new CompanyIdentity(issuer, subject);
    Optional<CompanyAccountLink> existing = links.findById(identity);
    if (existing.isPresent()) {
      if (!existing.get().userId().equals(userId)) {
        throw new RejectedInputException(SUBJECT, "is linked to another account; unlink it there first");
      }
      return;
    }
    links.findByIssuerAndUserId(issuer, userId).ifPresent(earlier -> {
      links.delete(earlier);
      links.flush();
    });
    links.save(new CompanyAccountLink(identity, userId, clock.instant()));
  }

  /** Removes every link of the account (it is unlinked or erased); harmless when there is none. */
  @Transactional
  public void unlink(String userId) {
    links.deleteAllOf(userId);
  }
}
