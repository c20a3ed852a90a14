package org.reversementoring.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Answers the REST API's refusals clearly: refused input is a 400 naming the fields; losing a
 * race for the same task (two people complete it at the same moment, or one after the other) is
 * a 409 or a 404 with a message a person can act on, where Camunda would answer 500.
 */
final class RejectedInputExceptionMapper {

  static final String CONCURRENT_CHANGE =
      "Someone else completed or changed this task at the same time; reload and try again";
  static final String TASK_GONE =
      "This task does not exist (any more): someone else may have completed it; reload your task list";

  private RejectedInputExceptionMapper() {
  }

  static Response badRequest(RejectedInputException exception) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of(
            "type", "RejectedInputException",
            "message", exception.getMessage(),
            "fields", exception.errors()))
        .build();
  }

  /**
   * The engine's answer to the loser of a race on a task, which the task resources wrap into a
   * 500: the other transaction changed the same rows first (optimistic locking; on PostgreSQL
   * possibly a deadlock the database resolved) or had already completed the task when this
   * request looked for it.
   */
  static Optional<Response> lostRace(RestException exception) {
    if (exception.getStatus() != null && exception.getStatus() != Response.Status.INTERNAL_SERVER_ERROR) {
      return Optional.empty();
    }
    for (Throwable t = exception.getCause(); t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockingException || (t instanceof ProcessEngineException engine
          && engine.getCode() == BuiltinExceptionCode.DEADLOCK.getCode())) {
        return Optional.of(answer(Response.Status.CONFLICT, "OptimisticLockingException", CONCURRENT_CHANGE,
            BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode()));
      }
      if (t instanceof NullValueException && t.getMessage() != null && t.getMessage().startsWith("Cannot find task")) {
        return Optional.of(answer(Response.Status.NOT_FOUND, "InvalidRequestException", TASK_GONE, null));
      }
    }
    return Optional.empty();
  }

  /** In the shape of Camunda's own error answers: type, message and, when known, code. */
  static Response answer(Response.Status status, String type, String message, Integer code) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    if (code != null) {
      body.put("code", code);
    }
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** Someone else claimed the task first; Camunda's resource lets this through as a 500. */
  static class AlreadyClaimed implements jakarta.ws.rs.ext.ExceptionMapper<org.camunda.bpm.engine.TaskAlreadyClaimedException> {
    @Override
    public Response toResponse(org.camunda.bpm.engine.TaskAlreadyClaimedException exception) {
      return answer(Response.Status.CONFLICT, "TaskAlreadyClaimedException",
          "Someone else claimed this task a moment ago; reload your task list", null);
    }
  }

  /** A refusal thrown straight out of the engine. */
  static class Direct implements jakarta.ws.rs.ext.ExceptionMapper<RejectedInputException> {
    @Override
    public Response toResponse(RejectedInputException exception) {
      return badRequest(exception);
    }
  }

  /**
   * The engine REST resources wrap engine failures into a 500 RestException; a refusal inside
   * becomes a 400, a missing permission a 403 naming no one's instance, a lost race on a task a
   * 409 or 404, an ended instance a 404, everything else keeps Camunda's own answer.
   */
  @jakarta.annotation.Priority(1)
  static class Wrapped implements jakarta.ws.rs.ext.ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return RejectedInputException.findIn(exception)
          .map(RejectedInputExceptionMapper::badRequest)
          .or(() -> AccessRefusals.in(exception))
          .or(() -> lostRace(exception))
          .or(() -> MissingResources.in(exception))
          .orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(exception));
    }
  }
}
