package org.reversementoring.reporting;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.Language;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.content.TopicNames;
import org.reversementoring.identity.ProgramGroup;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The program report as JSON, CSV and an HTML page, for process owners and coordinators.
 * Both paths sit behind the HTTP Basic filter of {@code identity.RestApiSecurityConfiguration}
 * (401 without a valid Camunda login); the group is checked here (403 for everyone else). The
 * page is in the reader's language (the page locale, see {@code language.PersonLocaleResolver});
 * JSON and CSV keep their fixed English keys.
 */
@Controller
class ProgramReportController {

  static final Set<String> READERS =
      Set.of(ProgramGroup.PROCESS_OWNERS.id(), ProgramGroup.COORDINATORS.id());

  private final ProgramReports reports;
  private final IdentityService identity;
  private final MessageSource messages;
  private final TopicNames topics;

  ProgramReportController(ProgramReports reports, IdentityService identity, MessageSource messages,
      TopicNames topics) {
    this.topics = topics;
    this.reports = reports;
    this.identity = identity;
    this.messages = messages;
  }

  @GetMapping(path = "/api/reports/program", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ProgramReport json(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    requireReader();
    return reports.report(ReportPeriod.parse(from, to));
  }

  @GetMapping("/api/reports/program.csv")
  ResponseEntity<byte[]> csv(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    requireReader();
    ProgramReport report = reports.report(ReportPeriod.parse(from, to));
    byte[] body = ReportFigures.csv(ReportFigures.of(report)).getBytes(StandardCharsets.UTF_8);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("program-report.csv").build().toString())
        .body(body);
  }

  @GetMapping("/reports/program")
  String page(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, Locale locale, Model model, HttpServletResponse response) {
    requireReader();
    model.addAttribute("from", from == null ? "" : from);
    model.addAttribute("to", to == null ? "" : to);
    ReportPeriod period;
    try {
      period = ReportPeriod.parse(from, to);
    } catch (RejectedInputException refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", refused.getMessage());
      return "program-report";
    }
    ProgramReport report = reports.report(period);
    model.addAttribute("report", report);
    model.addAttribute("figures", ReportFigures.of(report));
    ReportCharts.Words words = key -> messages.getMessage("report." + key, null, locale);
    Language language = Language.byCode(locale.getLanguage()).orElse(Language.EN);
    model.addAttribute("topicChart", ReportCharts.ratingsByTopic(report.sessionRatingByTopic(), language, words, topics));
    model.addAttribute("funnelChart", ReportCharts.funnel(report.funnel(), words));
    model.addAttribute("query", (from == null ? "" : "from=" + from)
        + (from != null && to != null ? "&" : "") + (to == null ? "" : "to=" + to));
    return "program-report";
  }

  /** A bad {@code from} or {@code to}: 400 in the shape of the app's other refusals. */
  @ExceptionHandler(RejectedInputException.class)
  ResponseEntity<Map<String, Object>> refused(RejectedInputException refused) {
    List<Map<String, String>> fields = refused.errors().stream()
        .map((FieldError e) -> Map.of("field", e.field(), "message", e.message())).toList();
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of(
        "type", "RejectedInputException", "message", refused.getMessage(), "fields", fields));
  }

  private void requireReader() {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.stream().noneMatch(READERS::contains)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "The program report is for process owners and coordinators");
    }
  }
}
