package org.reversementoring.participant.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.reversementoring.common.Language;
import org.reversementoring.content.ProgramNotices;
import org.reversementoring.identity.ProgramGroup;
import org.reversementoring.participant.MyProgram;
import org.reversementoring.participant.MyPrograms;
import org.reversementoring.participant.PersonLanguage;
import org.reversementoring.participant.ProgramCalendarFile;
import org.reversementoring.participant.ProgramCertificates;
import org.reversementoring.worklist.DigestSubscriptions;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * My program: the logged-in person's own page, in their language. Everything is found by the
 * user id of the login; no request names a person, so nobody reads another's page.
 */
@Controller
class MyProgramController {

  private final MyPrograms programs;
  private final PersonLanguage languages;
  private final ProgramCalendarFile calendar;
  private final IdentityService identity;
  private final ITemplateEngine templates;
  private final ProgramCertificates certificates;
  private final ProgramNotices notices;
  private final DigestSubscriptions digests;
  private final MessageSource messages;

  MyProgramController(MyPrograms programs, PersonLanguage languages, ProgramCalendarFile calendar,
      IdentityService identity, ITemplateEngine templates, ProgramCertificates certificates, ProgramNotices notices,
      DigestSubscriptions digests, MessageSource messages) {
    this.messages = messages;
    this.notices = notices;
    this.certificates = certificates;
    this.digests = digests;
    this.templates = templates;
    this.programs = programs;
    this.languages = languages;
    this.calendar = calendar;
    this.identity = identity;
  }

  /** Rendered in the person's language, whatever the browser asks for (as the mails are). */
  @GetMapping("/me")
  ResponseEntity<String> page(CsrfToken csrf) {
    String userId = currentUserId();
    MyProgram program = programs.of(userId);
    // the logout form carries Spring's token, as the login form does
    Context page = new Context(program.language().locale(),
        Map.of("me", program, "zone", calendar.zone(), "csrf", csrf,
            "notices", notices.page(identity.getCurrentAuthentication().getGroupIds())));
    if (isCoordinator(userId)) {
      page.setVariable("digest", digests.receives(userId));
    }
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .body(templates.process("me", page));
  }

  /** The label of the link to this page in Tasklist's header, in the person's language (program-page-link.js). */
  @GetMapping(value = "/me/link-label", produces = "text/plain;charset=UTF-8")
  ResponseEntity<String> linkLabel() {
    String userId = currentUserId();
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(messages.getMessage("me.title", null, languages.preferred(userId).locale()));
  }

  @PostMapping("/me/language")
  ResponseEntity<String> changeLanguage(@RequestParam(required = false) String language) {
    String userId = currentUserId();
    Optional<Language> chosen = Language.byCode(language == null ? "" : language);
    if (chosen.isEmpty()) {
      return refusal(HttpStatus.BAD_REQUEST, userId, "me.refused.language");
    }
    languages.change(userId, chosen.get());
    return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/me")).build();
  }

  /**
   * A coordinator switches their morning digest on ({@code receive=true}) or off; a refusal names
   * the field and changes nothing.
   */
  @PostMapping("/me/digest")
  ResponseEntity<String> chooseDigest(@RequestParam(required = false) String receive) {
    String userId = currentUserId();
    if (!"true".equals(receive) && !"false".equals(receive)) {
      return refusal(HttpStatus.BAD_REQUEST, userId, "me.refused.receive");
    }
    if (!isCoordinator(userId)) {
      return refusal(HttpStatus.FORBIDDEN, userId, "me.refused.digest");
    }
    digests.choose(userId, Boolean.parseBoolean(receive));
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/me")).build();
  }

  /** A refusal, or "nothing here", as a line of text in the person's language (me.refused.*). */
  private ResponseEntity<String> refusal(HttpStatus status, String userId, String messageKey) {
    return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .body(messages.getMessage(messageKey, null, languages.preferred(userId).locale()));
  }

  @GetMapping("/me/calendar.ics")
  ResponseEntity<?> calendarFile() {
    String userId = currentUserId();
    Optional<byte[]> file = calendar.of(userId, languages.preferred(userId));
    if (file.isEmpty()) {
      return refusal(HttpStatus.NOT_FOUND, userId, "me.refused.no-dates");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"reverse-mentoring.ics\"")
        .cacheControl(CacheControl.noStore())
        .body(file.get());
  }

  @GetMapping("/me/certificates/{name}.pdf")
  ResponseEntity<?> certificate(@PathVariable String name) {
    String userId = currentUserId();
    Optional<byte[]> pdf = certificates.pdf(userId, name);
    if (pdf.isEmpty()) {
      return refusal(HttpStatus.NOT_FOUND, userId, "me.refused.no-certificate");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "-certificate.pdf\"")
        .cacheControl(CacheControl.noStore())
        .body(pdf.get());
  }

  private boolean isCoordinator(String userId) {
    return identity.createGroupQuery().groupMember(userId).groupId(ProgramGroup.COORDINATORS.id()).count() > 0;
  }

  private String currentUserId() {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
    }
    return authentication.getUserId();
  }
}
