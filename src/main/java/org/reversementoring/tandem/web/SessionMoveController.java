package org.reversementoring.tandem.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.tandem.SessionLinks;
import org.reversementoring.tandem.SessionService;
import org.reversementoring.tandem.TandemProperties;
import org.reversementoring.tandem.TandemSession;
import org.reversementoring.tandem.process.SessionRescheduling;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page behind "Move this session" in the session mails. Opening the link only shows the
 * session and a field for the new time; the button moves it (a mail scanner moves nothing).
 */
@Controller
class SessionMoveController {

  private final SessionLinks links;
  private final SessionRescheduling rescheduling;
  private final TandemProperties properties;

  SessionMoveController(SessionLinks links, SessionRescheduling rescheduling, TandemProperties properties) {
    this.links = links;
    this.rescheduling = rescheduling;
    this.properties = properties;
  }

  @GetMapping("/sessions/move")
  String ask(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
    return page(token, links.sessionFor(token), "ASK", null, model, response);
  }

  @PostMapping("/sessions/move")
  String move(@RequestParam(required = false) String token, @RequestParam(required = false) String start, Model model,
      HttpServletResponse response) {
    Optional<SessionLinks.SessionRef> ref = links.sessionFor(token);
    if (ref.isEmpty()) {
      return page(token, ref, "INVALID_LINK", null, model, response);
    }
    try {
      rescheduling.reschedule(ref.get(), parse(start));
      return page(token, ref, "MOVED", null, model, response);
    } catch (RejectedInputException e) {
      return page(token, ref, "ASK", e.getMessage(), model, response);
    }
  }

  /** The page; a link that is not valid and a refused time answer 400. */
  private String page(String token, Optional<SessionLinks.SessionRef> ref, String outcome, String error, Model model,
      HttpServletResponse response) {
    model.addAttribute("token", token);
    TandemSession session = ref.map(this::sessionOrNull).orElse(null);
    if (session == null || error != null) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    if (session == null) {
      model.addAttribute("outcome", "INVALID_LINK");
      return "session-move";
    }
    model.addAttribute("position", session.getPosition());
    model.addAttribute("plannedAt", session.getPlannedAt().atZone(properties.zone()).toLocalDateTime().toString().replace('T', ' '));
    model.addAttribute("start", session.getPlannedAt().atZone(properties.zone()).toLocalDateTime().toString());
    model.addAttribute("error", error);
    model.addAttribute("outcome", outcome);
    return "session-move";
  }

  private TandemSession sessionOrNull(SessionLinks.SessionRef ref) {
    try {
      return rescheduling.session(ref);
    } catch (IllegalArgumentException noSuchSession) {
      return null;
    }
  }

  private static LocalDateTime parse(String start) {
    if (start == null || start.isBlank() || start.length() > 30) {
      throw new RejectedInputException(SessionService.RESCHEDULE_START, "must be a date and time");
    }
    try {
      return LocalDateTime.parse(start.strip());
    } catch (DateTimeParseException e) {
      throw new RejectedInputException(SessionService.RESCHEDULE_START, "must be a date and time");
    }
  }
}
