package org.reversementoring.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.reversementoring.common.Language;
import org.reversementoring.common.PersonLanguages;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.language.PageLanguage;
import org.reversementoring.language.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages behind activation links: {@code /activate} sets the first password of an account,
 * {@code /activate/request} mails a new link. Opening a link only shows the form, so a mail
 * scanner that follows links uses up nothing. A link's page is in its account's language, the
 * new-link page in the browser's.
 */
@Controller
class ActivationController {

  static final String ASK = "ASK";
  static final String ACTIVATED = "ACTIVATED";
  static final String INVALID = "INVALID";
  static final String REQUESTED = "REQUESTED";

  private final AccountActivation activation;
  private final PersonLanguages languages;
  private final String tasklistUrl;

  ActivationController(AccountActivation activation, PersonLanguages languages,
      @Value("${camunda.bpm.application-path:/camunda}") String camundaPath) {
    this.activation = activation;
    this.languages = languages;
    this.tasklistUrl = camundaPath.replaceAll("/+$", "") + "/app/tasklist/";
  }

  @GetMapping("/activate")
  String form(@RequestParam(required = false) String token, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    keepOutOfCaches(response);
    model.addAttribute("token", token);
    showAccount(activation.accountFor(token), model, request, response);
    return "activate";
  }

  @PostMapping("/activate")
  String activate(@RequestParam(required = false) String token,
      @RequestParam(required = false) String password,
      @RequestParam(required = false) String passwordConfirmation,
      Model model, HttpServletRequest request, HttpServletResponse response) {
    keepOutOfCaches(response);
    model.addAttribute("token", token);
    try {
      Participant participant = activation.activate(token, password, passwordConfirmation);
      PageLanguage.readBy(request, languages.of(participant.userId()));
      model.addAttribute("userId", participant.userId());
      model.addAttribute("tasklistUrl", tasklistUrl);
      model.addAttribute("outcome", ACTIVATED);
    } catch (RejectedInputException refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("refusals", Refusal.of(refused.errors()));
      showAccount(activation.accountFor(token), model, request, response);
    }
    return "activate";
  }

  @GetMapping("/activate/request")
  String requestForm(Model model, HttpServletResponse response) {
    keepOutOfCaches(response);
    model.addAttribute("outcome", ASK);
    return "activate-request";
  }

  @PostMapping("/activate/request")
  String request(@RequestParam(required = false) String email, Locale locale, Model model,
      HttpServletResponse response) {
    keepOutOfCaches(response);
    if (email == null || email.isBlank()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("outcome", ASK);
      model.addAttribute("missingEmail", true);
      return "activate-request";
    }
    // the mail reads in the account's stored language; the page's only while the account has none
    activation.requestNewLink(email, "de".equals(locale.getLanguage()) ? Language.DE : Language.EN);
    model.addAttribute("outcome", REQUESTED);
    return "activate-request";
  }

  /** The form for the link's account; a link that is no longer valid answers 400. */
  private void showAccount(Optional<Participant> account, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    account.ifPresentOrElse(participant -> {
      PageLanguage.readBy(request, languages.of(participant.userId()));
      model.addAttribute("userId", participant.userId());
      model.addAttribute("outcome", ASK);
    }, () -> {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("outcome", INVALID);
    });
  }

  /** The pages carry a token; no cache and no referrer should keep it. */
  private static void keepOutOfCaches(HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
  }
}
