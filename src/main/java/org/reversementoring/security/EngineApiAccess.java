package org.reversementoring.security;

import static org.reversementoring.identity.ProgramGroup.ADMINS;
import static org.reversementoring.identity.ProgramGroup.COORDINATORS;
import static org.reversementoring.identity.ProgramGroup.PROCESS_OWNERS;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reversementoring.identity.ProgramGroup;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Which parts of the engine API (REST at {@code /engine-rest}, the webapps' copy at
 * {@code /camunda/api/engine}) a group may reach at all. Camunda's authorizations decide on
 * instances, tasks and definitions; this closes what they do not cover: jobs without a process
 * (the history clean-up) that any user could suspend or retry, password checks of other
 * accounts ({@code identity/verify}), profile changes (a person is their user id, and their
 * email is not theirs to edit), and operations participants never need.
 */
class EngineApiAccess implements AuthorizationManager<RequestAuthorizationContext> {

  private static final Pattern ENGINE_PATH =
      Pattern.compile("^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/(.*)$");

  /** Operations: only camunda-admin, whatever the method. */
  private static final Set<String> OPERATIONS = Set.of("identity/verify", "migration", "modification",
      "schema", "telemetry", "history/cleanup", "tenant", "group");
  /** Monitoring: read by Cockpit's groups, changed by camunda-admin only. */
  private static final Set<String> MONITORING = Set.of("job", "job-definition", "batch", "incident",
      "external-task", "metrics", "deployment", "authorization", "event-subscription",
      "history/job-log", "history/batch", "history/incident", "history/external-task-log");
  /** Steering running processes from outside their tasks: coordinators. */
  private static final Set<String> STEERING = Set.of("message", "signal", "condition", "execution");

  private static final Set<String> COCKPIT = Set.of(COORDINATORS.id(), PROCESS_OWNERS.id());
  private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

  @Override
  public AuthorizationDecision check(Supplier<Authentication> authentication,
      RequestAuthorizationContext context) {
    Authentication user = authentication.get();
    if (user == null || !TRUST.isAuthenticated(user)) {
      return new AuthorizationDecision(false);
    }
    Set<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .collect(Collectors.toUnmodifiableSet());
    return new AuthorizationDecision(groups.contains(ADMINS.id())
        || allowed(resourcePath(context.getRequest()), context.getRequest().getMethod(), user.getName(), groups));
  }

  static boolean allowed(String resource, String method, String userId, Set<String> groups) {
    boolean read = "GET".equals(method) || "HEAD".equals(method);
    if (resource.equals("authorization/check")) {
      return read;
    }
    if (within(Set.of("user"), resource)) {
      return ownAccount(resource, method, userId) || (read && !isParticipantOnly(groups));
    }
    if (within(OPERATIONS, resource)) {
      return false;
    }
    if (within(MONITORING, resource)) {
      return read && groups.stream().anyMatch(COCKPIT::contains);
    }
    if (within(STEERING, resource)) {
      return groups.contains(COORDINATORS.id());
    }
    return true;
  }

  /** Reading one's own profile and changing one's own password (with the current one). */
  private static boolean ownAccount(String resource, String method, String userId) {
    return (resource.equals("user/" + userId + "/profile") && "GET".equals(method))
        || (resource.equals("user/" + userId + "/credentials") && "PUT".equals(method));
  }

  private static boolean isParticipantOnly(Set<String> groups) {
    return groups.stream().allMatch(group -> group.equals(ProgramGroup.MENTORS.id())
        || group.equals(ProgramGroup.MENTEES.id()));
  }

  /** Whether the resource path is one of these or below one of them ("job" holds "job/42/retries"). */
  private static boolean within(Set<String> prefixes, String resource) {
    return prefixes.stream().anyMatch(prefix -> resource.equals(prefix) || resource.startsWith(prefix + "/"));
  }

  /** The path below the engine API, e.g. "job/42/retries"; the decoded, normalised servlet path. */
  static String resourcePath(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    Matcher matcher = ENGINE_PATH.matcher(path);
    return matcher.matches() ? matcher.group(1).replaceAll("/+$", "") : "";
  }
}
