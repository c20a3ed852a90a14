package org.reversementoring.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses state-changing requests that a browser sends on behalf of another site. Browsers
 * resend cached HTTP Basic credentials and cookies to this app, so a form on any page could
 * otherwise erase an account or complete a task. A browser names the page's origin in
 * {@code Origin} (or {@code Referer}) and marks cross-site requests in {@code Sec-Fetch-Site};
 * programs calling the REST API send none of these and pass.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final String publicOrigin;

  CrossSiteRequestFilter(String publicBaseUrl) {
    this.publicOrigin = origin(publicBaseUrl);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (SAFE_METHODS.contains(request.getMethod()) || sameSite(request)) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpStatus.FORBIDDEN.value());
    response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
    response.getWriter().write("Refused: a request from another site may not change anything here.");
  }

  /**
   * Sec-Fetch-Site, where the browser sends it, is the answer; with "Referrer-Policy:
   * no-referrer" a browser's own form posts carry "Origin: null", so the origin is only asked
   * of browsers without it.
   */
  private boolean sameSite(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null) {
      return fetchSite.equals("same-origin") || fetchSite.equals("none");
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      String referer = request.getHeader("Referer");
      origin = referer == null ? null : origin(referer);
    }
    return origin == null || origin.equals(publicOrigin) || origin.equals(requestOrigin(request));
  }

  private static String requestOrigin(HttpServletRequest request) {
    return origin(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
  }

  /** scheme://host:port in lower case, with the scheme's default port made explicit; "null" stays. */
  static String origin(String url) {
    try {
      URI uri = URI.create(url.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return url.trim().toLowerCase(Locale.ROOT);
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    } catch (IllegalArgumentException notAUrl) {
      return url.trim().toLowerCase(Locale.ROOT);
    }
  }
}
