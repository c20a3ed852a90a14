package org.reversementoring.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed on through the company's provider, as the program knows them: the name is
 * the linked program user id (what the engine, Tasklist and every record see, as after a
 * password login), the authorities are the account's program groups. The provider's claims
 * stay readable but decide nothing.
 */
record ProgramOidcUser(String userId, Collection<? extends GrantedAuthority> groups, OidcUser provider)
    implements OidcUser, Serializable {

  @Override
  public String getName() {
    return userId;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return groups;
  }

  @Override
  public Map<String, Object> getClaims() {
    return provider.getClaims();
  }

  @Override
  public OidcUserInfo getUserInfo() {
    return provider.getUserInfo();
  }

  @Override
  public OidcIdToken getIdToken() {
    return provider.getIdToken();
  }

  @Override
  public Map<String, Object> getAttributes() {
    return provider.getAttributes();
  }
}
