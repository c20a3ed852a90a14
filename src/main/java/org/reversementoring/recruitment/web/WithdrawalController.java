package org.reversementoring.recruitment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.reversementoring.language.PageLanguage;
import org.reversementoring.recruitment.MentorApplication;
import org.reversementoring.recruitment.process.WithdrawalService;
import org.reversementoring.recruitment.process.WithdrawalService.Outcome;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page behind the withdraw link in every applicant mail. Opening the link only asks; the
 * button withdraws, so a mail scanner that follows links withdraws nothing. A link that is not
 * valid answers 400, a closed application 409, each with the page saying why. The page is in
 * the applicant's language.
 */
@Controller
class WithdrawalController {

  private static final String ASK = "ASK";

  private final WithdrawalService withdrawals;

  WithdrawalController(WithdrawalService withdrawals) {
    this.withdrawals = withdrawals;
  }

  @GetMapping("/withdraw")
  String confirm(@RequestParam(required = false) String token, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    model.addAttribute("token", token);
    Optional<MentorApplication> application = withdrawals.applicationFor(token);
    String outcome = application.map(a -> withdrawals.canWithdraw(a) ? ASK : Outcome.ALREADY_CLOSED.name())
        .orElse(Outcome.INVALID_LINK.name());
    return page(outcome, application, model, request, response);
  }

  @PostMapping("/withdraw")
  String withdraw(@RequestParam(required = false) String token, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    Outcome outcome = withdrawals.withdraw(token);
    return page(outcome.name(), withdrawals.applicationFor(token), model, request, response);
  }

  private static String page(String outcome, Optional<MentorApplication> application, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    PageLanguage.readBy(request, application.map(found -> found.getMentor().getLanguage()));
    model.addAttribute("outcome", outcome);
    application.ifPresent(found -> model.addAttribute("mentorApplication", found));
    if (Outcome.INVALID_LINK.name().equals(outcome)) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    } else if (Outcome.ALREADY_CLOSED.name().equals(outcome)) {
      response.setStatus(HttpStatus.CONFLICT.value());
    }
    return "withdraw";
  }
}
