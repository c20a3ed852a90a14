package org.reversementoring.privacy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.reversementoring.common.Language;
import org.reversementoring.common.PersonLanguages;
import org.reversementoring.language.PageLanguage;
import org.reversementoring.privacy.PersonalDataErasure;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Erasure from the program page: {@code /me/erasure} says what erasing does and asks to confirm;
 * the form (with Spring's CSRF token, checked by the one gate) erases the logged-in person, no
 * one else: no request names a person. Then they are logged out and read the result in their
 * language. Without the confirmation nothing happens (400).
 */
@Controller
class ErasurePageController {

  static final String CONFIRMATION = "erase";

  private final PersonalDataErasure erasure;
  private final PersonLanguages languages;

  ErasurePageController(PersonalDataErasure erasure, PersonLanguages languages) {
    this.erasure = erasure;
    this.languages = languages;
  }

  @GetMapping("/me/erasure")
  String confirm(Principal user, Model model) {
    return ask(user.getName(), false, model);
  }

  @PostMapping("/me/erasure")
  String erase(Principal user, @RequestParam(required = false) String confirm, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    String userId = user.getName();
    if (!CONFIRMATION.equals(confirm)) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return ask(userId, true, model);
    }
    Optional<Language> language = languages.of(userId);
    Optional<List<String>> ended = erasure.eraseOnTheirBehalf(userId);
    if (ended.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("outcome", "NOTHING");
      return "me-erasure";
    }
    // the account is gone: so is the login; the page stays in the language the person read
    new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
    PageLanguage.readBy(request, language);
    model.addAttribute("outcome", "ERASED");
    model.addAttribute("ended", String.join(", ", ended.get()));
    return "me-erasure";
  }

  private String ask(String userId, boolean refused, Model model) {
    model.addAttribute("outcome", "ASK");
    model.addAttribute("refused", refused);
    model.addAttribute("running", String.join(", ", erasure.runningCasesOf(userId)));
    return "me-erasure";
  }
}
