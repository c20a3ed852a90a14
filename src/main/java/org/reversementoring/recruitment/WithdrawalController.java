package org.reversementoring.recruitment;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page behind the withdraw link in every applicant mail. Opening the link only asks; the
 * button withdraws, so a mail scanner that follows links withdraws nothing.
 */
@Controller
class WithdrawalController {

  private final WithdrawalService withdrawals;

  WithdrawalController(WithdrawalService withdrawals) {
    this.withdrawals = withdrawals;
  }

  @GetMapping("/withdraw")
  String confirm(@RequestParam(required = false) String token, Model model) {
    model.addAttribute("token", token);
    withdrawals.applicationFor(token).ifPresentOrElse(
        application -> {
          model.addAttribute("mentorApplication", application);
          model.addAttribute("outcome", withdrawals.canWithdraw(application) ? "ASK" : "ALREADY_CLOSED");
        },
        () -> model.addAttribute("outcome", WithdrawalService.Outcome.INVALID_LINK.name()));
    return "withdraw";
  }

  @PostMapping("/withdraw")
  String withdraw(@RequestParam(required = false) String token, Model model) {
    model.addAttribute("outcome", withdrawals.withdraw(token).name());
    withdrawals.applicationFor(token).ifPresent(application -> model.addAttribute("mentorApplication", application));
    return "withdraw";
  }
}
