package org.reversementoring.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Answers refused input on the REST API with 400 and the message naming the fields. */
final class RejectedInputExceptionMapper {

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

  /** A refusal thrown straight out of the engine. */
  static class Direct implements jakarta.ws.rs.ext.ExceptionMapper<RejectedInputException> {
    @Override
    public Response toResponse(RejectedInputException exception) {
      return badRequest(exception);
    }
  }

  /**
   * The engine REST resources wrap engine failures into a 500 RestException; a refusal inside
   * becomes a 400, everything else keeps Camunda's own answer.
   */
  @jakarta.annotation.Priority(1)
  static class Wrapped implements jakarta.ws.rs.ext.ExceptionMapper<org.camunda.bpm.engine.rest.exception.RestException> {
    @Override
    public Response toResponse(org.camunda.bpm.engine.rest.exception.RestException exception) {
      return RejectedInputException.findIn(exception)
          .map(RejectedInputExceptionMapper::badRequest)
          .orElseGet(() -> org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper.getInstance().getResponse(exception));
    }
  }
}
