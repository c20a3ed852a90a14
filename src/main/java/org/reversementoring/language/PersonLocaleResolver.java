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
 * {@code messages/*}): the one the page's language switch asked for; else the language of the
 * person a signed link belongs to ({@link PageLanguage#readBy}); else the logged-in person's own;
 * for someone the program has no language of (staff, nobody logged in) the browser's
 * (Accept-Language); otherwise English.
 */
@Component("localeResolver")
class PersonLocaleResolver implements LocaleResolver {

  private final PersonLanguages people;

  PersonLocaleResolver(PersonLanguages people) {
    this.people = people;
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    return PageLanguage.switched(request)
        .or(() -> PageLanguage.reader(request))
        .or(() -> loggedIn(request))
        .or(() -> BrowserLanguage.of(request))
        .orElse(Language.EN)
        .locale();
  }

  private Optional<Language> loggedIn(HttpServletRequest request) {
    Principal user = request.getUserPrincipal();
    return user == null ? Optional.empty() : people.of(user.getName());
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    throw new UnsupportedOperationException("the page language follows the person; it is not set per request");
  }
}
