package org.reversementoring.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input a person or a calling system sent was refused. The message names every refused field,
 * so Tasklist and REST callers can show it as it is.
 */
public class RejectedInputException extends RuntimeException {

  private final List<FieldError> errors;

  public RejectedInputException(List<FieldError> errors) {
    super(errors.stream().map(FieldError::toString).sorted().collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public RejectedInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  /** The refusal somewhere in a chain of causes, e.g. wrapped by the engine or the REST layer. */
  public static java.util.Optional<RejectedInputException> findIn(Throwable throwable) {
    for (Throwable t = throwable; t != null; t = t.getCause()) {
      if (t instanceof RejectedInputException rejected) {
        return java.util.Optional.of(rejected);
      }
    }
    return java.util.Optional.empty();
  }

  public List<FieldError> errors() {
    return errors;
  }
}
