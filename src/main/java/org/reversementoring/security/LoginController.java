package org.reversementoring.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The one login page for Tasklist, Cockpit, Admin and the app's own pages. */
@Controller
class LoginController {

  @GetMapping("/login")
  String login(@RequestParam(required = false) String error,
      @RequestParam(required = false) String blocked,
      @RequestParam(required = false) String logout, Model model, HttpServletResponse response) {
    if (blocked != null) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      model.addAttribute("outcome", "BLOCKED");
    } else if (error != null) {
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      model.addAttribute("outcome", "WRONG");
    } else if (logout != null) {
      model.addAttribute("outcome", "LOGGED_OUT");
    }
    return "login";
  }
}
