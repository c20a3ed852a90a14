package org.reversementoring.common.forms;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The kinds of value a form field takes, and what a submitted variable must be for each. */
enum FieldKind {
  TEXT("must be a text", ValueShape.TEXT),
  WHOLE_NUMBER("must be a whole number", ValueShape.WHOLE_NUMBER),
  FLAG("must be true or false", ValueShape.FLAG),
  /** A radio or select option: a text, a number or a flag, as the options are written. */
  CHOICE("must be one of the offered values", ValueShape.TEXT, ValueShape.WHOLE_NUMBER, ValueShape.FRACTION,
      ValueShape.FLAG),
  /** Forms and REST callers send a JSON array as Json or as a text; the Java API as a list. */
  TEXT_LIST("must be a JSON array of texts, e.g. [\"ai-tools\"]", ValueShape.TEXT, ValueShape.LIST);

  private final String expectation;
  private final Set<ValueShape> accepted;

  FieldKind(String expectation, ValueShape first, ValueShape... more) {
    this.expectation = expectation;
    this.accepted = EnumSet.of(ValueShape.NOTHING, first);
    this.accepted.addAll(List.of(more));
  }

  boolean accepts(ValueShape shape) {
    return accepted.contains(shape);
  }

  String expectation() {
    return expectation;
  }

  /**
   * The kind of a form-js component type. A text field whose custom property {@code variable} is
   * {@code list} also takes a JSON array, as the REST contract of {@code exclusions} has it.
   */
  static FieldKind ofComponent(String type, String variableProperty) {
    return switch (type) {
      case "textfield" -> "list".equals(variableProperty) ? TEXT_LIST : TEXT;
      case "textarea", "datetime" -> TEXT;
      case "number" -> WHOLE_NUMBER;
      case "checkbox" -> FLAG;
      case "radio", "select" -> CHOICE;
      case "checklist", "taglist" -> TEXT_LIST;
      default -> throw new IllegalArgumentException("no variable kind for form component type '" + type + "'");
    };
  }
}
