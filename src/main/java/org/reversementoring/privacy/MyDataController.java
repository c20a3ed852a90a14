package org.reversementoring.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.reversementoring.common.Language;
import org.reversementoring.common.PersonLanguages;
import org.reversementoring.enrollment.MenteeData;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.notification.NotificationRepository;
import org.reversementoring.recruitment.ApplicantData;
import org.reversementoring.recruitment.ApplicationService;
import org.springframework.http.HttpStatus;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A participant's own data: download it as JSON, or have it erased. Answers only about the
 * person logged in (HTTP Basic, like the engine REST API); there is no id to ask for another.
 */
@RestController
@RequestMapping("/api/me")
class MyDataController {

  record MailSent(String subject, String template, Instant sentAt) {
  }

  record MyData(String userId, String email, String firstName, String lastName,
      ApplicantData applicant, List<MenteeData> enrollments, List<TandemRecords.TandemData> tandems,
      List<MailSent> mails) {
  }

  private final IdentityService identity;
  private final ApplicationService applications;
  private final MenteeService mentees;
  private final NotificationRepository notifications;
  private final PersonalDataErasure erasure;
  private final TandemRecords tandems;
  private final PersonLanguages languages;
  private final MessageSource messages;

  MyDataController(IdentityService identity, ApplicationService applications, MenteeService mentees,
      NotificationRepository notifications, PersonalDataErasure erasure, TandemRecords tandems,
      PersonLanguages languages, MessageSource messages) {
    this.languages = languages;
    this.messages = messages;
    this.tandems = tandems;
    this.identity = identity;
    this.applications = applications;
    this.mentees = mentees;
    this.notifications = notifications;
    this.erasure = erasure;
  }

  @GetMapping("/data")
  MyData data() {
    User user = identity.createUserQuery().userId(currentUserId()).singleResult();
    List<MailSent> mails = user.getEmail() == null ? List.of()
        : notifications.findByRecipientsOrderByIdAsc(user.getEmail()).stream()
            .map(n -> new MailSent(n.getSubject(), n.getTemplate(), n.getCreatedAt())).toList();
    return new MyData(user.getId(), user.getEmail(), user.getFirstName(), user.getLastName(),
        applications.dataOf(user.getId()).orElse(null), mentees.dataOf(user.getId()), tandems.of(user.getId()), mails);
  }

  /** 404 with the reason in the person's language when there is nothing to erase. */
  @PostMapping("/erasure")
  ResponseEntity<Map<String, Object>> erase() {
    String userId = currentUserId();
    Language language = languages.of(userId).orElse(Language.EN);
    return erasure.eraseOnTheirBehalf(userId)
        .map(ended -> ResponseEntity.ok(Map.<String, Object>of("erased", true, "endedApplications", ended)))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("erased", false,
            "message", messages.getMessage("me.erasure.nothing", null, language.locale()))));
  }

  private String currentUserId() {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
    }
    return authentication.getUserId();
  }
}
