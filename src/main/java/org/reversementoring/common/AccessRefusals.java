package org.reversementoring.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;

/**
 * A refusal for want of a permission says which permission on which kind of resource, not on
 * whose: Camunda's own answer names the process instances or tasks concerned, which may be
 * another person's (a message correlated by business key finds their instance).
 */
final class AccessRefusals {

  static final String NOT_ALLOWED = "You are not allowed to do this";

  private AccessRefusals() {
  }

  /** The refusal anywhere in the chain of causes, answered as 403. */
  static Optional<Response> in(Throwable throwable) {
    for (Throwable t = throwable; t != null; t = t.getCause()) {
      if (t instanceof AuthorizationException refused) {
        return Optional.of(forbidden(refused));
      }
    }
    return Optional.empty();
  }

  static Response forbidden(AuthorizationException refused) {
    List<Map<String, String>> missing = refused.getMissingAuthorizations().stream()
        .map(AccessRefusals::withoutResourceId)
        .distinct()
        .toList();
    String needed = String.join(" or ", missing.stream()
        .map(m -> m.get("permissionName") + " permission on " + m.get("resourceName"))
        .toList());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "AuthorizationException");
    body.put("message", needed.isEmpty() ? NOT_ALLOWED : NOT_ALLOWED + ": it needs " + needed);
    body.put("missingAuthorizations", missing);
    return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  private static Map<String, String> withoutResourceId(MissingAuthorization missing) {
    return Map.of("permissionName", missing.getViolatedPermissionName(), "resourceName", missing.getResourceType());
  }

  /** A refusal thrown straight out of the engine. */
  static class Mapper implements ExceptionMapper<AuthorizationException> {
    @Override
    public Response toResponse(AuthorizationException exception) {
      return forbidden(exception);
    }
  }
}
