package org.reversementoring.participant;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.identity.DemoUser;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.Mails;
import org.reversementoring.support.ProgramParticipants;
import org.reversementoring.support.TestSmtp;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemDraft;
import org.reversementoring.tandem.TandemService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * My program as each role reads it, in German and English: only the person's own records, found
 * by their login; the program office gets its links; the calendar file downloads.
 */
@AppTest
class MyProgramPageTest {

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
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonLanguage languages;


  /**
   * The people made here were never at an Academy: cohorts other classes of the shared app left
   * open would give them a seat (and coming modules) when they are selected.
   */
  @BeforeEach
  void noCohortOfOtherTestsHasASeatLeft() {
    jdbc.update("update academy_cohort set seats_taken = capacity");
  }

  @Test
  void anApprenticeReadsWhereTheApplicationStandsAndTheSupervisorSeesTheConsentTask() {
    Map<String, Object> form = ApplicationFixtures.application("anna.page@example.com", "sabine.page@example.com");
    RecruitmentVariables.FIRST_NAME.putIn(form, "Anna");
    String number = runtime.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY, form).getBusinessKey();
    Jobs.runDue(management);
    Login apprentice = login("anna.page@example.com");
    Login supervisor = login("sabine.page@example.com");

    String page = page(apprentice);

    assertThat(page).contains("My program", "Hello Anna<", number,
        "Submitted: waiting for the consent of your training supervisor", "Where you stand",
        "Consent of your training supervisor", "Withdraw your application", "/withdraw?token=", "/api/me/data");
    assertThat(stateOf(page, "Consent of your training supervisor")).isEqualTo("now");
    assertThat(stateOf(page, "Review by the program office")).isEqualTo("next");

    String supervisorPage = page(supervisor);
    String consentTask = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
    assertThat(supervisorPage).contains("Your apprentices", "Anna Łukasiewicz-Müller", number,
        "Submitted: waiting for your consent", "/camunda/app/tasklist/default/#/?task=" + consentTask,
        ">Give consent as training supervisor<")
        .doesNotContain("Withdraw your application", "Program office");

    changeLanguage(supervisor, "de");

    assertThat(languages.preferred(supervisor.userId)).hasToString("DE");
    assertThat(page(supervisor)).contains("Mein Programm", "Ihre Auszubildenden", "Eingereicht: wartet auf Ihre Zustimmung",
        ">Zustimmung als Ausbilderin oder Ausbilder geben<").doesNotContain("Your apprentices", "Give consent");
    assertThat(page(apprentice)).as("the switch is the supervisor's own").contains("Where you stand")
        .containsPattern("<form method=\"post\" action=\"/logout\" id=\"me-logout\">\\s*<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\">");
  }

  @Test
  void theTimelineShowsTheDayOfTheConsentTheReviewAndTheInterview() {
    Instant applied = Instant.parse("2026-03-02T08:00:00Z");
    ClockUtil.setCurrentTime(Date.from(applied));
    Map<String, Object> form = ApplicationFixtures.application("tara.timeline@example.com", "sabine.page@example.com");
    RecruitmentVariables.LANGUAGE.putIn(form, "de");
    String number = runtime.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY, form).getBusinessKey();
    Jobs.runDue(management);
    completeOnDay(number, "2026-03-04T09:30:00Z", Map.of(RecruitmentVariables.SUPERVISOR_DECISION.name(), "consent"));
    completeOnDay(number, "2026-03-09T13:00:00Z", Map.of(RecruitmentVariables.REVIEW_DECISION.name(), "interview"));
    completeOnDay(number, "2026-03-16T10:15:00Z", Map.of(RecruitmentVariables.INTERVIEW_RESULT.name(), "select",
        RecruitmentVariables.DECISION_REASON.name(), "Explains apps patiently"));
    ClockUtil.reset();

    String page = page(login("tara.timeline@example.com"));

    assertThat(lineOf(page, "Beworben (" + number + ")")).contains("02.03.2026 09:00");
    assertThat(lineOf(page, "Zustimmung der Ausbilderin oder des Ausbilders")).contains("04.03.2026 10:30");
    assertThat(lineOf(page, "Prüfung durch das Programmbüro")).contains("09.03.2026 14:00");
    assertThat(lineOf(page, "Gespräch")).contains("16.03.2026 11:15");
    assertThat(stateOf(page, "Gespräch")).isEqualTo("erledigt");

    // an application from before status dates were kept (its history lost) still shows, without them
    jdbc.update("delete from application_status_change where application_id = "
        + "(select id from mentor_application where number = ?)", number);
    String older = page(login("tara.timeline@example.com"));
    assertThat(lineOf(older, "Zustimmung der Ausbilderin oder des Ausbilders")).doesNotContain("journey-date");
    assertThat(lineOf(older, "Gespräch")).doesNotContain("journey-date");
  }

  @Test
  void participantsMailsLinkTheirProgramPageAndTheProgramOfficesDoNot() throws Exception {
    Map<String, Object> form = ApplicationFixtures.application("gina.mail@example.com", "sabine.page@example.com");
    String number = runtime.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY, form).getBusinessKey();
    Jobs.runDue(management);
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId(),
        Map.of(RecruitmentVariables.SUPERVISOR_DECISION.name(), "consent"));
    Jobs.runDue(management);

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(Mails.to(received, "gina.mail@example.com")).isNotEmpty().allSatisfy(mail -> {
      assertThat(Mails.html(mail)).contains("href=\"http://mentoring.test/me\"", "My program");
      assertThat(Mails.text(mail)).contains("My program: http://mentoring.test/me");
    });
    assertThat(Mails.to(received, "sabine.page@example.com")).isNotEmpty()
        .allSatisfy(mail -> assertThat(Mails.html(mail)).contains("http://mentoring.test/me\""));
    assertThat(Mails.to(received, DemoUser.CARLA.email())).as("the review mail to the program office").isNotEmpty()
        .allSatisfy(mail -> assertThat(Mails.html(mail) + Mails.text(mail)).doesNotContain("mentoring.test/me"));
  }

  @Test
  void aGermanApprenticeReadsThePageInGermanAndCanSwitchToEnglish() {
    Map<String, Object> form = ApplicationFixtures.application("bernd.seite@example.com", "sabine.page@example.com");
    RecruitmentVariables.LANGUAGE.putIn(form, "de");
    String number = runtime.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY, form).getBusinessKey();
    Jobs.runDue(management);
    Login apprentice = login("bernd.seite@example.com");

    assertThat(page(apprentice)).contains("Mein Programm", "Wo Sie stehen", "Beworben (" + number + ")",
        "Zustimmung der Ausbilderin oder des Ausbilders", "Bewerbung zurückziehen", "lang=\"de\"");

    changeLanguage(apprentice, "en");

    assertThat(jdbc.queryForObject("select language from mentor where user_id = ?", String.class, apprentice.userId))
        .as("stored on the record, so mails follow it").isEqualTo("EN");
    assertThat(page(apprentice)).contains("Where you stand", "Applied (" + number + ")");
  }

  @Test
  void mentorAndExecutiveEachSeeTheirTandemAndNobodyElsesAndDownloadTheirDates() {
    Map<String, Object> application = ApplicationFixtures.application("carl.tandempage@example.com");
    RecruitmentVariables.FIRST_NAME.putIn(application, "Carl");
    long mentorId = participants().qualifiedMentor(application).getId();
    Map<String, Object> enrollment = EnrollmentFixtures.enrollment("doris.tandemseite@example.com");
    EnrollmentVariables.FIRST_NAME.putIn(enrollment, "Doris");
    EnrollmentVariables.LANGUAGE.putIn(enrollment, "de");
    long menteeId = participants().waitlistedExecutive(enrollment).getId();
    Map<String, Object> other = EnrollmentFixtures.enrollment("egon.waiting@example.com");
    EnrollmentVariables.FIRST_NAME.putIn(other, "Egon");
    String otherNumber = participants().waitlistedExecutive(other).getNumber();
    Tandem tandem = tandems.form(new TandemDraft(mentorId, menteeId, "Page cohort", LocalDate.now().plusDays(7), 80,
        List.of("shares 1 of 2 topics"), false));
    jdbc.update("update tandem set status = 'ACTIVE', goals = ?, cadence_weeks = 2, session_count = 2, session_minutes = 60 "
        + "where id = ?", "Use AI tools\nSecure the phone", tandem.getId());
    Instant next = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    for (int position = 1; position <= 2; position++) {
      jdbc.update("insert into tandem_session (tandem_id, position, mentor_id, planned_at, planned_minutes, status, "
          + "calendar_sequence, version) values (?, ?, ?, ?, 60, 'PLANNED', 1, 0)", tandem.getId(), position, mentorId,
          Timestamp.from(next.plus(14L * (position - 1), ChronoUnit.DAYS)));
    }
    Login mentor = login("carl.tandempage@example.com");
    Login executive = login("doris.tandemseite@example.com");
    Login waiting = login("egon.waiting@example.com");

    String mentorPage = page(mentor);
    assertThat(mentorPage).contains("Qualified at the Academy", "Your tandem " + tandem.getNumber(), "Your executive",
        "Doris Łęcka-Öztürk", "Use AI tools", "Secure the phone", "Every 2 weeks, 60 minutes", "Sessions: 0 held, 2 planned",
        "Move the next session", "/sessions/move?token=", "/tandems/end?token=", "/me/calendar.ics")
        .doesNotContain("Withdraw your application", otherNumber);
    assertThat(stateOf(mentorPage, "Session 1")).isEqualTo("now");
    assertThat(stateOf(mentorPage, "Session 2")).isEqualTo("next");

    String executivePage = page(executive);
    assertThat(executivePage).contains("Mein Programm", "Ihre Anmeldung als Führungskraft", "Ihr Mentor",
        "Carl Łukasiewicz-Müller", "Treffen: 0 gehalten, 2 geplant", "/tandems/end?token=")
        .doesNotContain(applicationNumberOf(mentorId), otherNumber);

    String waitingPage = page(waiting);
    assertThat(waitingPage).contains(otherNumber, "On the waitlist for", "Place on the waitlist:")
        .doesNotContain(tandem.getNumber(), "Carl", "Doris");
    assertThat(body(waiting, "/me?userId=" + mentor.userId)).as("no parameter names another person")
        .contains(otherNumber).doesNotContain(tandem.getNumber());

    ResponseEntity<String> calendar = http.withBasicAuth(executive.userId, executive.password)
        .getForEntity("/me/calendar.ics", String.class);
    assertThat(calendar.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(calendar.getHeaders().getContentType()).hasToString("text/calendar;charset=UTF-8");
    assertThat(calendar.getHeaders().getCacheControl()).contains("no-store");
    assertThat(calendar.getBody()).contains("BEGIN:VCALENDAR", "METHOD:REQUEST",
        "UID:tandem-" + tandem.getId() + "-session-1@reverse-mentoring",
        "UID:tandem-" + tandem.getId() + "-session-2@reverse-mentoring", "SEQUENCE:1")
        .as("the German executive's entries are in German").contains("SUMMARY:Reverse-Mentoring-Termin 1: ",
            "DESCRIPTION:Tandem " + tandem.getNumber() + "\\, Termin 2.").doesNotContain("Reverse Mentoring session");
    assertThat(http.withBasicAuth(mentor.userId, mentor.password).getForObject("/me/calendar.ics", String.class))
        .as("the same entries, the English mentor's in English")
        .contains("UID:tandem-" + tandem.getId() + "-session-1@reverse-mentoring", "SEQUENCE:1",
            "SUMMARY:Reverse Mentoring session 1: ").doesNotContain("Termin");
    assertThat(http.withBasicAuth(waiting.userId, waiting.password).getForEntity("/me/calendar.ics", String.class)
        .getStatusCode()).as("no coming dates").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anApprenticeSeesTheAcademyDatesDownloadsThemAndTheCertificates() {
    Map<String, Object> application = ApplicationFixtures.application("hanna.academy@example.com");
    long mentorId = participants().qualifiedMentor(application).getId();
    Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
    long cohortId = insert("insert into academy_cohort (name, location, trainer_name, trainer_email, capacity, seats_taken, "
        + "starts_at, created_at) values (?, 'Room 4.01', 'Tina Kramer', 'tina.kramer@example.com', 10, 1, ?, ?)",
        "Page Academy " + mentorId, Timestamp.from(now.minus(7, ChronoUnit.DAYS)), Timestamp.from(now));
    jdbc.update("insert into academy_cohort_module (cohort_id, module_key, starts_at, ends_at) values (?, ?, ?, ?), (?, ?, ?, ?)",
        cohortId, "mentoring-basics", Timestamp.from(now.minus(7, ChronoUnit.DAYS)), Timestamp.from(now.minus(7, ChronoUnit.DAYS).plus(3, ChronoUnit.HOURS)),
        cohortId, "teaching-adults", Timestamp.from(now.plus(7, ChronoUnit.DAYS)), Timestamp.from(now.plus(7, ChronoUnit.DAYS).plus(3, ChronoUnit.HOURS)));
    long enrollmentId = insert("insert into academy_enrollment (mentor_id, cohort_id, status, enrolled_at, completed_at, "
        + "calendar_sequence) values (?, ?, 'ENROLLED', ?, ?, 2)", mentorId, cohortId, Timestamp.from(now), Timestamp.from(now));
    jdbc.update("insert into academy_module_result (enrollment_id, module_key, attended, passed, recorded_at) "
        + "values (?, 'mentoring-basics', true, true, ?)", enrollmentId, Timestamp.from(now));
    Login apprentice = login("hanna.academy@example.com");

    assertThat(page(apprentice)).contains("Academy dates", "Mentoring basics", "passed", "Teaching adults and executives",
        "no result yet", "Room 4.01", "Academy qualification certificate (PDF)", "/me/certificates/qualification.pdf")
        .doesNotContain("Certificate of participation (PDF)");
    String calendar = http.withBasicAuth(apprentice.userId, apprentice.password).getForObject("/me/calendar.ics", String.class);
    assertThat(calendar).contains("UID:academy-" + enrollmentId + "-teaching-adults@reverse-mentoring", "SEQUENCE:2",
        "SUMMARY:Reverse Mentoring Academy: Teaching adults and executives").doesNotContain("mentoring-basics@");
    changeLanguage(apprentice, "de");
    assertThat(http.withBasicAuth(apprentice.userId, apprentice.password).getForObject("/me/calendar.ics", String.class))
        .as("in the language the apprentice chose")
        .contains("UID:academy-" + enrollmentId + "-teaching-adults@reverse-mentoring", "SEQUENCE:2",
            "SUMMARY:Reverse Mentoring Academy: Erwachsene und", "Trainer/in Tina Kramer");
    changeLanguage(apprentice, "en");
    ResponseEntity<byte[]> pdf = http.withBasicAuth(apprentice.userId, apprentice.password)
        .getForEntity("/me/certificates/qualification.pdf", byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
    assertThat(http.withBasicAuth(apprentice.userId, apprentice.password)
        .getForEntity("/me/certificates/participation.pdf", String.class).getStatusCode())
        .as("no closed tandem yet").isEqualTo(HttpStatus.NOT_FOUND);

    long menteeId = participants().waitlistedExecutive(EnrollmentFixtures.enrollment("ida.closed@example.com")).getId();
    Tandem tandem = tandems.form(new TandemDraft(mentorId, menteeId, "Closed cohort", LocalDate.now().plusDays(7), 70,
        List.of("shares 1 of 2 topics"), false));
    jdbc.update("insert into tandem_session (tandem_id, position, mentor_id, planned_at, planned_minutes, status, held_at, "
        + "held_minutes, topics, calendar_sequence, version) values (?, 1, ?, ?, 60, 'HELD', ?, 55, 'ai-tools', 0, 0)",
        tandem.getId(), mentorId, Timestamp.from(now), Timestamp.from(now));
    jdbc.update("update tandem set status = 'CLOSED', ended_at = ? where id = ?", Timestamp.from(now), tandem.getId());

    assertThat(page(apprentice)).contains("Certificate of participation (PDF)", "/me/certificates/participation.pdf");
    ResponseEntity<byte[]> participation = http.withBasicAuth(apprentice.userId, apprentice.password)
        .getForEntity("/me/certificates/participation.pdf", byte[].class);
    assertThat(participation.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(participation.getHeaders().getContentType()).hasToString("application/pdf");
    Login executive = login("ida.closed@example.com");
    assertThat(http.withBasicAuth(executive.userId, executive.password)
        .getForEntity("/me/certificates/participation.pdf", String.class).getStatusCode())
        .as("the mentor's certificate is not the executive's").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theProgramOfficeGetsItsLinksAndStrangersTheLogin() {
    String page = http.withBasicAuth(DemoUser.CARLA.id(), DemoUser.CARLA.password()).getForObject("/me", String.class);

    assertThat(page).contains("Program office", "/camunda/app/tasklist/", "/camunda/app/cockpit/", "/reports/program");
    TestRestTemplate carla = http.withBasicAuth(DemoUser.CARLA.id(), DemoUser.CARLA.password());
    assertThat(carla.getForObject("/camunda/app/tasklist/scripts/config.js", String.class))
        .contains("'scripts/program-page-link'");
    assertThat(carla.getForObject("/camunda/app/tasklist/scripts/program-page-link.js", String.class))
        .as("Tasklist's header links the program page").contains("'/me'", "program-page-link", "/link-label");
    assertThat(carla.getForObject("/me/link-label", String.class)).as("its label in Carla's language")
        .isEqualTo("My program");
    ResponseEntity<String> anonymous = http.getForEntity("/me", String.class);
    assertThat(anonymous.getBody()).as("sent to the login page").contains("login-form").doesNotContain("Program office");
  }

  @Test
  void anAnonymousVisitorGetsNoneOfThePagesFilesAndChangesNoLanguage() {
    for (String path : List.of("/me/calendar.ics", "/me/certificates/qualification.pdf",
        "/me/certificates/participation.pdf", "/me/link-label")) {
      ResponseEntity<String> anonymous = http.getForEntity(path, String.class);
      assertThat(anonymous.getBody()).as(path + " sends to the login page").contains("login-form");
    }
    ResponseEntity<String> posted = http.postForEntity("/me/language?language=de", null, String.class);
    assertThat(posted.getStatusCode().is3xxRedirection() || posted.getStatusCode().is4xxClientError()
        || String.valueOf(posted.getBody()).contains("login-form"))
        .as("an anonymous POST changes nothing: refused or sent to the login page").isTrue();
  }

  @Test
  void theLanguageSwitchRefusesAnythingButGermanAndEnglishAndRefusalsAreInThePersonsLanguage() {
    Login someone = login(participants().waitlistedExecutive(EnrollmentFixtures.enrollment("fritz.lang@example.com"))
        .getEmail());

    ResponseEntity<String> refused = post(someone, "/me/language", "fr");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).isEqualTo("language: must be de or en");
    assertThat(languages.preferred(someone.userId)).hasToString("EN");
    assertThat(body(someone, "/me/calendar.ics")).isEqualTo("calendar: you have no coming dates");

    changeLanguage(someone, "de");
    assertThat(post(someone, "/me/language", "fr").getBody()).isEqualTo("language: muss de oder en sein");
    assertThat(body(someone, "/me/link-label")).as("Tasklist's link to the page").isEqualTo("Mein Programm");
    ResponseEntity<String> noDates = http.withBasicAuth(someone.userId, someone.password)
        .getForEntity("/me/calendar.ics", String.class);
    assertThat(noDates.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(noDates.getBody()).isEqualTo("calendar: Sie haben keine anstehenden Termine");
    assertThat(body(someone, "/me/certificates/qualification.pdf"))
        .isEqualTo("certificate: Sie haben kein solches Zertifikat");
  }

  private void completeOnDay(String applicationNumber, String day, Map<String, Object> variables) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(day)));
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(applicationNumber).singleResult().getId(),
        variables);
    Jobs.runDue(management);
  }

  /** The timeline's line (its {@code <li>}) naming the step. */
  private static String lineOf(String page, String step) {
    int at = page.indexOf(">" + step + "<");
    assertThat(at).as(step).isPositive();
    return page.substring(page.lastIndexOf("<li", at), page.indexOf("</li>", at));
  }

  /** The journey step's state word ("now", "next", ...) on the line naming the step. */
  private static String stateOf(String page, String step) {
    int at = page.indexOf(">" + step + "<");
    assertThat(at).as(step).isPositive();
    int li = page.lastIndexOf("<li", at);
    String line = page.substring(li, at);
    return line.replaceAll("(?s).*class=\"journey-state\">([^<]*)<.*", "$1");
  }

  private long insert(String sql, Object... args) {
    jdbc.update(sql, args);
    return jdbc.queryForObject("select max(id) from " + sql.split(" ")[2], Long.class);
  }

  private String applicationNumberOf(long mentorId) {
    return jdbc.queryForObject("select number from mentor_application where mentor_id = ?", String.class, mentorId);
  }

  private String page(Login login) {
    ResponseEntity<String> page = http.withBasicAuth(login.userId, login.password).getForEntity("/me", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getCacheControl()).contains("no-store");
    assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
    return page.getBody();
  }

  private String body(Login login, String path) {
    return http.withBasicAuth(login.userId, login.password).getForObject(path, String.class);
  }

  private void changeLanguage(Login login, String language) {
    ResponseEntity<String> changed = post(login, "/me/language", language);
    assertThat(changed.getStatusCode()).as("back on the page").isEqualTo(HttpStatus.OK);
    assertThat(changed.getBody()).contains("id=\"me-language\"");
  }

  private ResponseEntity<String> post(Login login, String path, String language) {
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("language", language);
    return http.withBasicAuth(login.userId, login.password).postForEntity(path, form, String.class);
  }

  private ProgramParticipants participants() {
    return new ProgramParticipants(runtime, tasks, management, applications, mentees);
  }

  /** The applicant may type the address in any case; an administrator may have saved the account's so. */
  @Test
  void theSupervisorSeesTheApprenticeWhateverTheCaseOfTheAddress() {
    String number = runtime.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY,
        ApplicationFixtures.application("ben.case@example.com", "Sabine.Case@Example.COM")).getBusinessKey();
    Jobs.runDue(management);
    User account = identity.createUserQuery().userEmail("sabine.case@example.com").singleResult();
    account.setEmail("SABINE.case@example.com");
    identity.saveUser(account);

    assertThat(page(login("SABINE.case@example.com"))).contains("Your apprentices", number,
        "Submitted: waiting for your consent");
  }

  private Login login(String email) {
    User user = identity.createUserQuery().userEmail(email).singleResult();
    user.setPassword("a-long-password-for-" + user.getId());
    identity.saveUser(user);
    return new Login(user.getId(), "a-long-password-for-" + user.getId());
  }

  private record Login(String userId, String password) {
  }
}
