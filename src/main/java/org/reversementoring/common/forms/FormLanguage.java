package org.reversementoring.common.forms;

import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.reversementoring.common.BrowserLanguage;
import org.reversementoring.common.Language;
import org.reversementoring.common.PersonLanguages;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The language a form is shown in: the person's own (see {@link PersonLanguages}); for someone
 * the program has no language of, e.g. a coordinator or a new applicant, the first of German
 * and English the browser asks for (Accept-Language); otherwise English.
 */
final class FormLanguage {

  private final Supplier<PersonLanguages> people;

  FormLanguage(Supplier<PersonLanguages> people) {
    this.people = people;
  }

  /** Of the person reading a task: the one logged in, else (Java API) the task's assignee. */
  Language ofReader(CommandContext context, TaskEntity task) {
    return of(context.getAuthenticatedUserId() != null ? context.getAuthenticatedUserId() : task.getAssignee());
  }

  Language of(String userId) {
    return people.get().of(userId).or(FormLanguage::browserLanguage).orElse(Language.EN);
  }

  private static Optional<Language> browserLanguage() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        ? BrowserLanguage.of(attributes.getRequest())
        : Optional.empty();
  }
}
