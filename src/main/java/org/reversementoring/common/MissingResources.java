package org.reversementoring.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * The variables of a process that has ended, or of a task that was completed: Camunda's REST API
 * answers 500 with the engine's null check; the resource is simply not there (any more), a 404.
 */
final class MissingResources {

  static final String INSTANCE_GONE = "This process instance does not exist (any more): it may have ended";

  private static final Pattern MISSING = Pattern.compile("^(execution|task) \\S+ doesn't exist.*");

  private MissingResources() {
  }

  static Optional<Response> in(Throwable throwable) {
    for (Throwable t = throwable; t != null; t = t.getCause()) {
      if (t instanceof NullValueException && t.getMessage() != null && MISSING.matcher(t.getMessage()).matches()) {
        String message = t.getMessage().startsWith("task") ? RejectedInputExceptionMapper.TASK_GONE : INSTANCE_GONE;
        return Optional.of(RejectedInputExceptionMapper.answer(Response.Status.NOT_FOUND, "InvalidRequestException",
            message, null));
      }
    }
    return Optional.empty();
  }

  /** Thrown straight out of the engine, as the variables resources let it. */
  static class Mapper implements ExceptionMapper<NullValueException> {
    @Override
    public Response toResponse(NullValueException exception) {
      return in(exception).orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(exception));
    }
  }
}
