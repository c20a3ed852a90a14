package org.reversementoring.common.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.reversementoring.common.Language;

/** The {@link ShownText}s of all capabilities, by the field they fill. */
final class ShownTexts {

  private final Supplier<Stream<ShownText>> beans;
  private volatile Map<String, ShownText> byField;

  /** {@code beans} is asked once, when a form first needs it (the engine starts before the beans). */
  ShownTexts(Supplier<Stream<ShownText>> beans) {
    this.beans = beans;
  }

  /**
   * Puts the form's read-only fields that have a text into the variables read for it, in that
   * language; {@code names} as the reader asked (null: all).
   */
  void fill(VariableMap variables, Collection<String> names, TaskEntity task, FormContract form, Language language) {
    for (String field : form.shownOnlyFields()) {
      if (names == null || names.contains(field)) {
        text(field).flatMap(text -> text.of(task, language))
            .ifPresent(shown -> variables.putValueTyped(field, Variables.stringValue(shown)));
      }
    }
  }

  /**
   * What a read-only field of the task's form may come back as: the task's variable of that name,
   * or the text it showed in either language.
   */
  List<Object> shownAs(TaskEntity task, String field) {
    List<Object> shown = new ArrayList<>();
    shown.add(task.getVariable(field));
    text(field).ifPresent(text -> Stream.of(Language.values())
        .forEach(language -> text.of(task, language).ifPresent(shown::add)));
    return shown;
  }

  private Optional<ShownText> text(String field) {
    if (byField == null) {
      byField = beans.get().collect(Collectors.toUnmodifiableMap(ShownText::field, Function.identity()));
    }
    return Optional.ofNullable(byField.get(field));
  }
}
