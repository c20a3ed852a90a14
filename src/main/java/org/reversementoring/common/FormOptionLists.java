package org.reversementoring.common;

import java.util.List;
import java.util.Optional;

/**
 * Option lists a Camunda form leaves to the app: a select, radio or checklist with
 * {@code "valuesKey": "<list>"} instead of its own {@code values} gets the list's options, in the
 * reader's language, whenever the form is delivered (see {@code common.forms}). So a form shows,
 * e.g., the topic catalogue as it is at that moment.
 */
public interface FormOptionLists {

  /** The options of the list called {@code valuesKey}, or empty when the app keeps no such list. */
  Optional<List<Option>> options(String valuesKey, Language language);

  /** One option as form-js reads it. */
  record Option(String label, String value) {
  }
}
