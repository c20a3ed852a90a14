package org.reversementoring.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.common.Language;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.identity.AccountActivation;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.recruitment.WithdrawLinks;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.ProgramParticipants;
import org.reversementoring.support.TestSmtp;
import org.reversementoring.tandem.SessionLinks;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemDraft;
import org.reversementoring.tandem.TandemService;
import org.reversementoring.tandem.TandemSide;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The app's small pages each speak one language: the language of the person a signed link
 * belongs to, the logged-in person's, or for nobody in particular the browser's; the switch on
 * the page shows the other one. Over HTTP, as a browser gets them.
 */
@AppTest
class PageLanguageTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ApplicationService applications;
  @Autowired MenteeService mentees;
  @Autowired TandemService tandems;
  @Autowired WithdrawLinks withdrawLinks;
  @Autowired SessionLinks sessionLinks;
  @Autowired AccountActivation activation;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theWithdrawPageSpeaksTheApplicantsLanguageWhateverTheBrowserAsks() {
    String german = withdrawPath(apply("greta.zurueck@example.com", "de"));
    String english = withdrawPath(apply("emma.withdraw@example.com", "en"));

    assertThat(get(german, "en")).contains("lang=\"de\"", "Bewerbung zurückziehen", "Eingereicht: wartet auf",
        "Wenn Sie zurückziehen").doesNotContain("Withdraw my application", "Submitted", "If you withdraw");
    assertThat(get(english, "de")).contains("lang=\"en\"", "Withdraw my application", "Submitted: waiting for",
        "If you withdraw").doesNotContain("zurückziehen", "Eingereicht");

    String switched = get(german + "&lang=en", "de");
    assertThat(switched).as("the switch shows the other language").contains("Withdraw my application")
        .doesNotContain("Bewerbung zurückziehen");
    assertThat(get(german, null)).as("the German page offers English, keeping the link")
        .containsPattern("href=\"/withdraw\\?token=[^\"]+&amp;lang=en\"[^>]*>English<");

    ResponseEntity<String> withdrawn = post("/withdraw", "de", "token", token(german));
    assertThat(withdrawn.getBody()).contains("Ihre Bewerbung wurde zurückgezogen").doesNotContain("has been withdrawn");
    assertThat(post("/withdraw", "de", "token", token(german)).getBody()).as("closed, in German")
        .contains("nicht mehr offen (Von Ihnen zurückgezogen)").doesNotContain("no longer open");
    assertThat(get("/withdraw?token=RMA-2026-9999.forged", "de")).as("nobody's link: the browser's language")
        .contains("Dieser Link ist ungültig").doesNotContain("This link is not valid");
  }

  @Test
  void theSessionAndEndRequestPagesSpeakTheLanguageOfTheSideTheLinkWasSentTo() {
    Tandem tandem = tandemOfEnglishMentorAndGermanExecutive();
    String toExecutive = path(sessionLinks.moveUrl(tandem.getId(), 1, TandemSide.MENTEE));
    String toMentor = path(sessionLinks.moveUrl(tandem.getId(), 1, TandemSide.MENTOR));

    assertThat(get(toExecutive, "en")).contains("Sitzung verschieben", "Sitzung 1 ist für", "Berliner Zeit")
        .doesNotContain("Move a session", "Berlin time");
    assertThat(get(toMentor, "de")).contains("Move a session", "Session 1 is planned for", "Berlin time")
        .doesNotContain("Sitzung", "Berliner");
    ResponseEntity<String> refused = post("/sessions/move", "en", "token", token(toExecutive), "start", "next Tuesday",
        "lang", "de");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).as("the refusal in German too").contains("Neuer Termin: bitte Datum und Uhrzeit angeben")
        .doesNotContain("must be a date and time");
    assertThat(post("/sessions/move", "de", "token", token(toMentor), "start", "next Tuesday").getBody())
        .contains("start: must be a date and time");

    String endAsExecutive = path(sessionLinks.endRequestUrl(tandem.getId(), TandemSide.MENTEE));
    String endAsMentor = path(sessionLinks.endRequestUrl(tandem.getId(), TandemSide.MENTOR));
    assertThat(get(endAsExecutive, "en")).contains("Tandem vorzeitig beenden", "Grund", "Anfrage senden")
        .doesNotContain("Ask to end", "Send the request");
    assertThat(get(endAsMentor, "de")).contains("Ask to end the tandem", "Send the request")
        .doesNotContain("beenden", "Anfrage");
    ResponseEntity<String> empty = post("/tandems/end", "en", "token", token(endAsExecutive), "reason", " ");
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody()).contains("Grund: bitte angeben").doesNotContain("must not be empty");
  }

  @Test
  void theActivationPageSpeaksTheAccountsLanguage() {
    apply("hilde.aktiv@example.com", "de");
    apply("harry.active@example.com", "en");
    String german = path(activation.activationUrlFor("hilde.aktiv@example.com").orElseThrow());
    String english = path(activation.activationUrlFor("harry.active@example.com").orElseThrow());

    assertThat(get(german, "en")).contains("Passwort festlegen", "Ihr Benutzername", "Passwort wiederholen")
        .doesNotContain("Set your password", "Repeat the password");
    assertThat(get(english, "de")).contains("Set your password", "Your user name", "Repeat the password")
        .doesNotContain("Passwort", "Benutzername");
    ResponseEntity<String> weak = post("/activate", "en", "token", token(german), "password", "aaaaaaaaaa",
        "passwordConfirmation", "aaaaaaaaaa");
    assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(weak.getBody()).contains("Passwort: darf keine Wiederholung oder Folge von Zeichen sein")
        .doesNotContain("must not be a run");
    assertThat(get("/activate?token=unknown", "de")).contains("Dieser Link ist nicht mehr gültig", "Neuen Link anfordern")
        .doesNotContain("no longer valid");
  }

  @Test
  void loggedInPagesSpeakTheLoginsLanguageAndAnonymousOnesTheBrowsers() {
    // people who chose their language (on their program page), not demo users other tests may enrol
    withAccount("piasprache", "de", german -> assertThat(german.getForObject("/account/password", String.class))
        .contains("Passwort ändern", "Aktuelles Passwort").doesNotContain("Change your password", "Current password"));
    withAccount("petelanguage", "en", english -> assertThat(english.getForObject("/account/password", String.class))
        .contains("Change your password", "Current password").doesNotContain("Passwort"));

    assertThat(get("/login", "de-DE,de;q=0.9,en;q=0.5")).contains("lang=\"de\"", "Reverse Mentoring: anmelden",
        "Benutzername", "fordern Sie einen neuen Link an").doesNotContain("User name", "log in");
    assertThat(get("/login", "en-GB")).contains("Reverse Mentoring: log in", "User name")
        .doesNotContain("Benutzername", "anmelden");
    assertThat(get("/login", "fr")).as("neither German nor English asked: English").contains("Reverse Mentoring: log in");
    assertThat(get("/login?lang=de", "en")).as("the switch").contains("Reverse Mentoring: anmelden")
        .contains("href=\"/login?lang=en\"");
    assertThat(get("/activate/request", "de")).contains("Neuen Link anfordern", "E-Mail")
        .doesNotContain("Request a new link");
  }

  private String apply(String email, String language) {
    Map<String, Object> form = ApplicationFixtures.application(email, "sabine.sprache@example.com");
    RecruitmentVariables.LANGUAGE.putIn(form, language);
    String number = runtime.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY, form).getBusinessKey();
    Jobs.runDue(management);
    return number;
  }

  private String withdrawPath(String applicationNumber) {
    return path(withdrawLinks.urlFor(applications.findByNumber(applicationNumber).orElseThrow()));
  }

  private Tandem tandemOfEnglishMentorAndGermanExecutive() {
    ProgramParticipants participants = new ProgramParticipants(runtime, tasks, management, applications, mentees);
    long mentorId = participants.qualifiedMentor(ApplicationFixtures.application("ed.english@example.com")).getId();
    Map<String, Object> enrollment = EnrollmentFixtures.enrollment("dora.deutsch@example.com");
    EnrollmentVariables.LANGUAGE.putIn(enrollment, "de");
    long menteeId = participants.waitlistedExecutive(enrollment).getId();
    Tandem tandem = tandems.form(new TandemDraft(mentorId, menteeId, "Language cohort", LocalDate.now().plusDays(7), 80,
        List.of("shares 1 of 2 topics"), false));
    jdbc.update("update tandem set status = 'ACTIVE', cadence_weeks = 2, session_count = 1, session_minutes = 60 "
        + "where id = ?", tandem.getId());
    jdbc.update("insert into tandem_session (tandem_id, position, mentor_id, planned_at, planned_minutes, status, "
        + "calendar_sequence, version) values (?, 1, ?, ?, 60, 'PLANNED', 0, 0)", tandem.getId(), mentorId,
        Timestamp.from(Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS)));
    return tandem;
  }

  private String get(String path, String acceptLanguage) {
    HttpHeaders headers = new HttpHeaders();
    if (acceptLanguage != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
  }

  private ResponseEntity<String> post(String path, String acceptLanguage, String... fields) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      form.add(fields[i], fields[i + 1]);
    }
    return http.postForEntity(path, new HttpEntity<>(form, headers), String.class);
  }

  /** An account that chose this language, logged in for the check, removed afterwards. */
  private void withAccount(String userId, String language, java.util.function.Consumer<TestRestTemplate> check) {
    User user = identity.newUser(userId);
    user.setPassword("a-long-password-for-" + userId);
    identity.saveUser(user);
    identity.setUserInfo(userId, Language.USER_INFO_KEY, language);
    try {
      check.accept(http.withBasicAuth(userId, "a-long-password-for-" + userId));
    } finally {
      identity.deleteUser(userId);
    }
  }

  private static String path(String url) {
    return url.substring("http://mentoring.test".length());
  }

  private static String token(String path) {
    return path.substring(path.indexOf("token=") + 6);
  }
}
