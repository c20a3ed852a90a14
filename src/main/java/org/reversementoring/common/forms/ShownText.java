package org.reversementoring.common.forms;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.reversementoring.common.Language;

/**
 * A text the program writes for a read-only field of a form (a summary, a reason), in the
 * reader's language: made from what the task's process holds (ids, decisions, the records they
 * name) when the task's form variables are read, as Tasklist reads them, never stored. A bean in
 * the capability's process package.
 */
public interface ShownText {

  /** The read-only field it fills, by its key (the same in both languages' forms). */
  String field();

  /**
   * The text for this task in that language; empty when the task does not hold what it needs,
   * e.g. an instance started before the text was made this way: the field then shows the task's
   * variable of that name as it is.
   */
  Optional<String> of(VariableScope task, Language language);
}
