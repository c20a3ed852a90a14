package org.reversementoring.security;

import java.util.List;
import org.reversementoring.identity.ParticipantDirectory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against the program's accounts for every entrance (login page,
 * HTTP Basic). The authenticated name is the immutable user id; the authorities are the
 * account's group ids. Wrong passwords are throttled per client address ({@link LoginThrottle}),
 * and an account that has no password yet (not activated) fails like a wrong password.
 */
@Component
class ProgramAuthenticationProvider implements AuthenticationProvider {

  private final ParticipantDirectory accounts;
  private final LoginThrottle throttle;

  ProgramAuthenticationProvider(ParticipantDirectory accounts, LoginThrottle throttle) {
    this.accounts = accounts;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication login) throws AuthenticationException {
    String userId = login.getName();
    String password = login.getCredentials() == null ? null : login.getCredentials().toString();
    String address = address(login);
    if (!throttle.allows(address, userId)) {
      throw new TooManyFailedLoginsException(throttle.retryAfterSeconds());
    }
    if (!accounts.passwordMatches(userId, password)) {
      throttle.failed(address, userId);
      throw new BadCredentialsException("Wrong user name or password");
    }
    throttle.succeeded(address, userId);
    List<SimpleGrantedAuthority> groups = accounts.groupIds(userId).stream()
        .map(SimpleGrantedAuthority::new).toList();
    UsernamePasswordAuthenticationToken authenticated =
        UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
    authenticated.setDetails(login.getDetails());
    return authenticated;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private static String address(Authentication login) {
    return login.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress() : "unknown";
  }
}
