package org.reversementoring.common;

/** One refused input field: the field's key as the form and the REST API name it, and why. */
public record FieldError(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
