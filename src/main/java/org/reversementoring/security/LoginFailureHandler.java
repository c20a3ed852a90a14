package org.reversementoring.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.reversementoring.common.Language;
import org.reversementoring.language.PageLanguage;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page, saying whether the password was wrong or the address is paused, in
 * the language the login page was in.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException refusal) throws IOException {
    String reason = refusal instanceof TooManyFailedLoginsException ? "blocked" : "error";
    String language = Language.byCode(request.getParameter(PageLanguage.SWITCH))
        .map(chosen -> "&" + PageLanguage.SWITCH + "=" + chosen.code()).orElse("");
    response.sendRedirect(request.getContextPath() + "/login?" + reason + language);
  }
}
