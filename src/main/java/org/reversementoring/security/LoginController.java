package org.reversementoring.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one login page for Tasklist, Cockpit, Admin and the app's own pages; with company single
 * sign-on ({@link CompanySignOn}) it offers the company's provider first.
 */
@Controller
class LoginController {

  private final CompanySignOn companySignOn;

  LoginController(ObjectProvider<CompanySignOn> companySignOn) {
    this.companySignOn = companySignOn.getIfAvailable();
  }

  @GetMapping("/login")
  String login(@RequestParam(required = false) String error,
      @RequestParam(required = false) String blocked,
      @RequestParam(required = false) String logout,
      @RequestParam(required = false) String unlinked,
      @RequestParam(required = false) String signOnFailed,
      Model model, HttpServletResponse response, HttpSession session) {
    if (companySignOn != null) {
      model.addAttribute("companyName", companySignOn.companyName());
      model.addAttribute("companySignOn", CompanySignOn.START);
    }
    if (blocked != null) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      model.addAttribute("outcome", "BLOCKED");
    } else if (error != null) {
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      model.addAttribute("outcome", "WRONG");
    } else if (unlinked != null && companySignOn != null) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute("outcome", "UNLINKED");
      model.addAttribute("refusedSubject", session.getAttribute(CompanySignOn.REFUSED_SUBJECT));
    } else if (signOnFailed != null && companySignOn != null) {
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      model.addAttribute("outcome", "SIGN_ON_FAILED");
    } else if (logout != null) {
      model.addAttribute("outcome", "LOGGED_OUT");
    }
    return "login";
  }
}
