package org.reversementoring.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.reversementoring.identity.ProgramGroup;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the actuator endpoints with HTTP Basic against the Camunda identity service.
 * <ul>
 *   <li>{@code <base>/health/liveness} is open (the orchestrator's liveness probe);</li>
 *   <li>health (with its groups), info and the endpoint list: any Camunda user;</li>
 *   <li>everything else (prometheus, metrics and any endpoint exposed later): members of
 *       {@code camunda-admin} or {@code process-owners} only, 403 for others.</li>
 * </ul>
 * The request passes on with the user as principal and the user's groups as roles, so
 * {@code show-details: when-authorized} sees who asks. A wrong password counts toward Camunda's
 * login lockout like any other login. The engine authentication is not set: the metrics count
 * everything, whatever the user may see in Cockpit.
 */
class ActuatorAccessFilter extends OncePerRequestFilter {

  static final Set<String> METRICS_READERS =
      Set.of(ProgramGroup.ADMINS.id(), ProgramGroup.PROCESS_OWNERS.id());

  private final IdentityService identity;
  private final String basePath;

  ActuatorAccessFilter(IdentityService identity, String basePath) {
    this.identity = identity;
    this.basePath = basePath;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String path = path(request);
    if (path.equals(basePath + "/health/liveness")) {
      chain.doFilter(request, response);
      return;
    }
    String[] credentials = basicCredentials(request);
    if (credentials == null || !identity.checkPassword(credentials[0], credentials[1])) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"actuator\", charset=\"UTF-8\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    String userId = credentials[0];
    Set<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toUnmodifiableSet());
    if (!openToEveryUser(path) && groups.stream().noneMatch(METRICS_READERS::contains)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(new AuthenticatedRequest(request, userId, groups), response);
  }

  /** The decoded, normalised path without context path and path parameters. */
  private static String path(HttpServletRequest request) {
    String servletPath = request.getServletPath();
    String pathInfo = request.getPathInfo();
    return servletPath + (pathInfo == null ? "" : pathInfo);
  }

  private boolean openToEveryUser(String path) {
    return path.equals(basePath) || path.equals(basePath + "/")
        || path.equals(basePath + "/health") || path.startsWith(basePath + "/health/")
        || path.equals(basePath + "/info");
  }

  private static String[] basicCredentials(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }

  private static final class AuthenticatedRequest extends HttpServletRequestWrapper {

    private final String userId;
    private final Set<String> groups;

    AuthenticatedRequest(HttpServletRequest request, String userId, Set<String> groups) {
      super(request);
      this.userId = userId;
      this.groups = groups;
    }

    @Override
    public Principal getUserPrincipal() {
      return () -> userId;
    }

    @Override
    public String getRemoteUser() {
      return userId;
    }

    @Override
    public String getAuthType() {
      return HttpServletRequest.BASIC_AUTH;
    }

    @Override
    public boolean isUserInRole(String role) {
      return groups.contains(role);
    }
  }
}
