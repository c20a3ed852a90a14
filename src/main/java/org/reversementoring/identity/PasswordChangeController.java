package org.reversementoring.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.reversementoring.common.FieldError;
import org.reversementoring.language.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A logged-in person changes their own password, giving the current one. The only way a
 * participant changes anything about their account: name and email are the program office's.
 * In the login's language.
 */
@Controller
class PasswordChangeController {

  private final ParticipantDirectory accounts;

  PasswordChangeController(ParticipantDirectory accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/account/password")
  String form(Principal user, Model model) {
    model.addAttribute("userId", user.getName());
    return "account-password";
  }

  @PostMapping("/account/password")
  String change(Principal user, @RequestParam(required = false) String currentPassword,
      @RequestParam(required = false) String password,
      @RequestParam(required = false) String passwordConfirmation, Model model,
      HttpServletResponse response) {
    String userId = user.getName();
    model.addAttribute("userId", userId);
    List<FieldError> errors = new ArrayList<>();
    if (!accounts.passwordMatches(userId, currentPassword)) {
      errors.add(new FieldError("currentPassword", "is not your current password"));
    }
    errors.addAll(PasswordRules.check(password, passwordConfirmation, accounts.findById(userId).orElse(null)));
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("refusals", Refusal.of(errors));
      return "account-password";
    }
    accounts.setPassword(userId, password);
    model.addAttribute("changed", true);
    return "account-password";
  }
}
