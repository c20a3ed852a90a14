package org.reversementoring.security;

import java.util.List;
import org.reversementoring.identity.CompanyAccounts;
import org.reversementoring.identity.ParticipantDirectory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the provider vouched for a person (ID token checked by Spring Security), finds their
 * program account by issuer and subject ({@link CompanyAccounts}); a subject nobody linked is
 * refused with {@link #NOT_LINKED}. Email, name and the provider's groups are not used.
 */
class LinkedAccountUserService extends OidcUserService {

  static final String NOT_LINKED = "account_not_linked";

  private final CompanyAccounts links;
  private final ParticipantDirectory accounts;

  LinkedAccountUserService(CompanyAccounts links, ParticipantDirectory accounts) {
    this.links = links;
    this.accounts = accounts;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser person = super.loadUser(request);
    String issuer = person.getIssuer().toString();
    String userId = links.userIdOf(issuer, person.getSubject()).orElseThrow(() -> new OAuth2AuthenticationException(
        new OAuth2Error(NOT_LINKED, "This company account is not linked to a program account", null),
        person.getSubject()));
    List<SimpleGrantedAuthority> groups = accounts.groupIds(userId).stream().map(SimpleGrantedAuthority::new).toList();
    return new ProgramOidcUser(userId, groups, person);
  }
}
