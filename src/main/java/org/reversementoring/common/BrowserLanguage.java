package org.reversementoring.common;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/** The first of the program's languages a browser asks for (Accept-Language); empty if none. */
public final class BrowserLanguage {

  private BrowserLanguage() {
  }

  public static Optional<Language> of(HttpServletRequest request) {
    if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
      return Optional.empty();
    }
    return Collections.list(request.getLocales()).stream()
        .map(Locale::getLanguage)
        .flatMap(code -> Language.byCode(code).stream())
        .findFirst();
  }
}
