package org.reversementoring.tandem.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.language.PageLanguage;
import org.reversementoring.language.Refusal;
import org.reversementoring.tandem.SessionLinks;
import org.reversementoring.tandem.SessionService;
import org.reversementoring.tandem.TandemParticipants;
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
 * The page behind "Move this session" in the session mails, in the language of the participant
 * the link was sent to. Opening the link only shows the session and a field for the new time;
 * the button moves it (a mail scanner moves nothing).
 */
@Controller
class SessionMoveController {

  private final SessionLinks links;
  private final SessionRescheduling rescheduling;
  private final TandemProperties properties;
  private final TandemParticipants participants;

  SessionMoveController(SessionLinks links, SessionRescheduling rescheduling, TandemProperties properties,
      TandemParticipants participants) {
    this.links = links;
    this.rescheduling = rescheduling;
    this.properties = properties;
    this.participants = participants;
  }

  @GetMapping("/sessions/move")
  String ask(@RequestParam(required = false) String token, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    return page(token, links.sessionFor(token), "ASK", null, model, request, response);
  }

  @PostMapping("/sessions/move")
  String move(@RequestParam(required = false) String token, @RequestParam(required = false) String start, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    Optional<SessionLinks.SessionRef> ref = links.sessionFor(token);
    if (ref.isEmpty()) {
      return page(token, ref, "INVALID_LINK", null, model, request, response);
    }
    try {
      rescheduling.reschedule(ref.get(), parse(start));
      return page(token, ref, "MOVED", null, model, request, response);
    } catch (RejectedInputException e) {
      return page(token, ref, "ASK", e.errors(), model, request, response);
    }
  }

  /** The page; a link that is not valid and a refused time answer 400. */
  private String page(String token, Optional<SessionLinks.SessionRef> ref, String outcome, List<FieldError> errors,
      Model model, HttpServletRequest request, HttpServletResponse response) {
    model.addAttribute("token", token);
    TandemSession session = ref.map(this::sessionOrNull).orElse(null);
    if (session == null || errors != null) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    if (session == null) {
      model.addAttribute("outcome", "INVALID_LINK");
      return "session-move";
    }
    SessionLinks.SessionRef link = ref.get();
    if (link.reader() != null) {
      PageLanguage.readBy(request, Optional.ofNullable(
          participants.of(link.tandemId()).person(link.reader()).language()));
    }
    LocalDateTime plannedAt = session.getPlannedAt().atZone(properties.zone()).toLocalDateTime();
    model.addAttribute("position", session.getPosition());
    model.addAttribute("plannedAt", plannedAt);
    model.addAttribute("start", plannedAt.toString());
    model.addAttribute("refusals", errors == null ? null : Refusal.of(errors));
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
