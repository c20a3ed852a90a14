package org.reversementoring.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import org.reversementoring.common.BrowserLanguage;
import org.reversementoring.common.Language;
import org.reversementoring.common.PersonLanguages;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of the app's pages (Spring's locale, so templates read {@code #{…}} from
 * {@code messages/*}): the logged-in person's own; for someone the program has no language of
 * (staff, nobody logged in) the browser's (Accept-Language); otherwise English.
 */
@Component("localeResolver")
class PersonLocaleResolver implements LocaleResolver {

  private final PersonLanguages people;

  PersonLocaleResolver(PersonLanguages people) {
    this.people = people;
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    Principal user = request.getUserPrincipal();
    return (user == null ? Optional.<Language>empty() : people.of(user.getName()))
        .or(() -> BrowserLanguage.of(request))
        .orElse(Language.EN)
        .locale();
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    throw new UnsupportedOperationException("the page language follows the person; it is not set per request");
  }
}
