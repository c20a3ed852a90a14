package org.reversementoring.tandem.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.language.PageLanguage;
import org.reversementoring.language.Refusal;
import org.reversementoring.tandem.SessionLinks;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemParticipants;
import org.reversementoring.tandem.TandemStatus;
import org.reversementoring.tandem.process.EarlyEndingRequests;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page behind "Ask to end this tandem" in the tandem mails, in the language of the side the
 * link was sent to. Opening the link only shows the tandem and a field for the reason; the
 * button sends the request to the coordinators.
 */
@Controller
class EarlyEndingController {

  private final SessionLinks links;
  private final EarlyEndingRequests requests;
  private final TandemParticipants participants;

  EarlyEndingController(SessionLinks links, EarlyEndingRequests requests, TandemParticipants participants) {
    this.links = links;
    this.requests = requests;
    this.participants = participants;
  }

  @GetMapping("/tandems/end")
  String ask(@RequestParam(required = false) String token, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    return page(token, links.endRequestFor(token), "ASK", null, null, model, request, response);
  }

  @PostMapping("/tandems/end")
  String request(@RequestParam(required = false) String token, @RequestParam(required = false) String reason,
      Model model, HttpServletRequest request, HttpServletResponse response) {
    Optional<SessionLinks.EndRequestRef> ref = links.endRequestFor(token);
    if (ref.isEmpty() || requests.tandem(ref.get().tandemId()) == null) {
      return page(token, Optional.empty(), "INVALID_LINK", null, null, model, request, response);
    }
    try {
      EarlyEndingRequests.Outcome outcome = requests.request(ref.get().tandemId(), ref.get().requester(), reason);
      return page(token, ref, outcome.name(), null, null, model, request, response);
    } catch (RejectedInputException e) {
      return page(token, ref, "ASK", e.errors(), reason, model, request, response);
    }
  }

  /** The page; a link that is not valid and a refused reason answer 400, an ended tandem 409. */
  private String page(String token, Optional<SessionLinks.EndRequestRef> ref, String outcome, List<FieldError> errors,
      String reason, Model model, HttpServletRequest request, HttpServletResponse response) {
    model.addAttribute("token", token);
    Tandem tandem = ref.map(r -> requests.tandem(r.tandemId())).orElse(null);
    if (tandem == null || errors != null) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    if (tandem == null) {
      model.addAttribute("outcome", "INVALID_LINK");
      return "tandem-end";
    }
    PageLanguage.readBy(request, Optional.ofNullable(
        participants.of(tandem.getId()).person(ref.get().requester()).language()));
    if ("ASK".equals(outcome) && !TandemStatus.RUNNING.contains(tandem.getStatus())) {
      outcome = "NOT_RUNNING";
    }
    if (EarlyEndingRequests.Outcome.NOT_RUNNING.name().equals(outcome)) {
      response.setStatus(HttpStatus.CONFLICT.value());
    }
    model.addAttribute("number", tandem.getNumber());
    model.addAttribute("reason", reason);
    model.addAttribute("refusals", errors == null ? null : Refusal.of(errors));
    model.addAttribute("outcome", outcome);
    return "tandem-end";
  }
}
