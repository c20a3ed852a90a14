package org.reversementoring.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the login page, saying whether the password was wrong or the address is paused. */
class LoginFailureHandler implements AuthenticationFailureHandler {

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException refusal) throws IOException {
    String reason = refusal instanceof TooManyFailedLoginsException ? "blocked" : "error";
    response.sendRedirect(request.getContextPath() + "/login?" + reason);
  }
}
