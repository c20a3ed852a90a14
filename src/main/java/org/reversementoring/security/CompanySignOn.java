package org.reversementoring.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.reversementoring.identity.CompanyAccounts;
import org.reversementoring.identity.ParticipantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Company single sign-on (profile {@code oidc}): the login page offers "Sign in with" the
 * company's OpenID Connect provider (registration {@value #REGISTRATION}) beside the password
 * form, which stays for technical accounts and the first administrator. The person becomes the
 * program account linked to their subject ({@link LinkedAccountUserService}); an unlinked one
 * is sent back to the login page, which answers 403 and shows them their own subject to quote
 * to the program office. See README "Single sign-on".
 */
@Component
@Profile("oidc")
class CompanySignOn {

  static final String REGISTRATION = "company";
  static final String START = "/oauth2/authorization/" + REGISTRATION;
  /** The subject of the person just refused, in their own session, for the login page. */
  static final String REFUSED_SUBJECT = CompanySignOn.class.getName() + ".refusedSubject";

  private final CompanyAccounts links;
  private final ParticipantDirectory accounts;
  private final ClientRegistrationRepository registrations;
  private final String companyName;

  CompanySignOn(CompanyAccounts links, ParticipantDirectory accounts, ClientRegistrationRepository registrations,
      @Value("${reverse-mentoring.sign-on.company-name:your company}") String companyName) {
    this.links = links;
    this.accounts = accounts;
    this.registrations = registrations;
    this.companyName = companyName;
  }

  String companyName() {
    return companyName;
  }

  void applyTo(HttpSecurity http) throws Exception {
    http.oauth2Login(login -> login.loginPage("/login")
        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new LinkedAccountUserService(links, accounts)))
        .failureHandler(CompanySignOn::refused));
  }

  /**
   * After logging out of the program: someone who signed on through the company is sent to the
   * provider's end-session endpoint (RP-initiated logout, when its discovery names one), which ends
   * their session there too and sends them back to {@code target}; a password login goes straight
   * to {@code target}.
   */
  LogoutSuccessHandler loggedOut(String target) {
    OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
    handler.setPostLogoutRedirectUri("{baseUrl}" + target);
    handler.setDefaultTargetUrl(target);
    return handler;
  }

  private static void refused(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException refusal) throws IOException {
    boolean notLinked = refusal instanceof OAuth2AuthenticationException oauth
        && LinkedAccountUserService.NOT_LINKED.equals(oauth.getError().getErrorCode());
    if (notLinked) {
      request.getSession().setAttribute(REFUSED_SUBJECT, refusal.getMessage());
    }
    response.sendRedirect(request.getContextPath() + (notLinked ? "/login?unlinked" : "/login?signOnFailed"));
  }
}
