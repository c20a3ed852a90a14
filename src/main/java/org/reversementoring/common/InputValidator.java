package org.reversementoring.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Runs Bean Validation and turns violations into a {@link RejectedInputException}. */
@Component
public class InputValidator {

  private final Validator validator;

  public InputValidator(Validator validator) {
    this.validator = validator;
  }

  public <T> T validate(T input) {
    Set<ConstraintViolation<T>> violations = validator.validate(input);
    if (!violations.isEmpty()) {
      List<FieldError> errors = violations.stream()
          .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
          .toList();
      throw new RejectedInputException(errors);
    }
    return input;
  }
}
