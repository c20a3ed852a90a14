package org.reversementoring.common.forms;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.reversementoring.common.Language;
import org.reversementoring.common.PersonLanguages;
import org.springframework.http.HttpHeaders;
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

  Language of(String userId) {
    return people.get().of(userId).or(FormLanguage::browserLanguage).orElse(Language.EN);
  }

  private static Optional<Language> browserLanguage() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
      return Optional.empty();
    }
    HttpServletRequest request = attributes.getRequest();
    if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
      return Optional.empty();
    }
    return Collections.list(request.getLocales()).stream()
        .map(Locale::getLanguage)
        .flatMap(code -> Language.byCode(code).stream())
        .findFirst();
  }
}
