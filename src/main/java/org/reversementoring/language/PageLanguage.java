package org.reversementoring.language;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.reversementoring.common.Language;

/**
 * What a page tells {@link PersonLocaleResolver} about its reader. A page behind a signed link
 * names the person the link belongs to ({@link #readBy}); the small switch on a page asks for the
 * other language with {@value #SWITCH} ({@code ?lang=en}), for that request and the form it
 * submits.
 */
public final class PageLanguage {

  /** The request parameter of the language switch: {@code de} or {@code en}. */
  public static final String SWITCH = "lang";

  static final String READER = PageLanguage.class.getName() + ".reader";

  private PageLanguage() {
  }

  /** The page is for this person, whose language is known or not (then the browser's counts). */
  public static void readBy(HttpServletRequest request, Optional<Language> language) {
    language.ifPresent(known -> request.setAttribute(READER, known));
  }

  /** The language the switch asked for, if it asked for one of the program's. */
  static Optional<Language> switched(HttpServletRequest request) {
    String asked = request.getParameter(SWITCH);
    return asked == null ? Optional.empty() : Language.byCode(asked);
  }

  static Optional<Language> reader(HttpServletRequest request) {
    return request.getAttribute(READER) instanceof Language language ? Optional.of(language) : Optional.empty();
  }
}
