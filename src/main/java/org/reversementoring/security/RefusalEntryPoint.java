package org.reversementoring.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a request without a valid login on the APIs: 401 with a Basic challenge (none for the
 * webapps' own calls, where a browser would pop up its password dialog), or 429 with
 * Retry-After when the address tried too many wrong passwords.
 */
class RefusalEntryPoint implements AuthenticationEntryPoint {

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException refusal) throws IOException {
    response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
    if (refusal instanceof TooManyFailedLoginsException throttled) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
      response.getWriter().write(throttled.getMessage());
      return;
    }
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Reverse Mentoring\", charset=\"UTF-8\"");
    }
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.getWriter().write("Log in with your user name and password.");
  }
}
