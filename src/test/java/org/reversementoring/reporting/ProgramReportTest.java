package org.reversementoring.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.common.Language;
import org.reversementoring.content.TopicEditing;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The program report on the real app over a known data set seeded with SQL: eight mentors
 * with nine applications, six executives, five tandems, twelve sessions and four final
 * feedbacks, "now" fixed at 2026-06-01 10:00 UTC. Every expected figure is worked out by hand
 * in the comments next to the data. The report counts the whole program, so this class has an
 * app of its own on an empty database instead of the one the other app tests share.
 */
@AppTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:report-${random.uuid};DB_CLOSE_DELAY=-1")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({"unchecked", "rawtypes"})
class ProgramReportTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-06-01T10:00:00Z");
  static final String RND = "<b>R&D</b>";

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  @Autowired TopicEditing topics;

  @BeforeAll
  void seed() {
    // mentors: id, department, status
    mentor(1, "IT", "QUALIFIED", false);
    mentor(2, "Logistics", "QUALIFIED", false);
    mentor(3, RND, "NOT_QUALIFIED", true); // erased: still counts
    mentor(4, "Sales", "SELECTED", false);
    mentor(5, "IT", "APPLICANT", false);
    mentor(6, "Finance", "WITHDRAWN", false);
    mentor(7, "HR", "APPLICANT", false);
    mentor(8, "HR", "APPLICANT", false);
    // applications: 9; decided = 4 selected + 2 rejected + 1 waitlisted = 7
    application(1, 0, "REJECTED", "2025-10-01T08:00:00Z"); // mentor 1's earliest
    application(2, 1, "SELECTED", "2026-01-10T08:00:00Z");
    application(3, 2, "SELECTED", "2026-01-12T08:00:00Z");
    application(4, 3, "SELECTED", "2026-01-15T08:00:00Z");
    application(5, 4, "SELECTED", "2026-02-01T08:00:00Z");
    application(6, 5, "REJECTED", "2026-01-20T08:00:00Z");
    application(7, 6, "WITHDRAWN", "2026-01-22T08:00:00Z");
    application(8, 7, "WAITLISTED", "2026-01-25T08:00:00Z");
    application(9, 8, "IN_REVIEW", "2026-05-20T08:00:00Z");
    // executives: id, department, registered
    mentee(1, "Sales", "MATCHED", "2026-01-05T09:00:00Z", false);
    mentee(2, RND, "MATCHED", "2026-01-10T09:00:00Z", true);
    mentee(3, "Finance, Controlling", "MATCHED", "2026-02-01T09:00:00Z", false);
    mentee(4, "Sales", "MATCHED", "2026-02-10T09:00:00Z", false);
    mentee(5, "Marketing", "MATCHED", "2026-01-20T09:00:00Z", false);
    mentee(6, "Marketing", "WAITLISTED", "2026-04-01T09:00:00Z", false);
    // tandems: waiting days 55, 50, 38, 91.5, 40 -> median 50, mean 54.9
    tandem(1, 1, 1, "CLOSED", "2026-03-01T09:00:00Z");
    tandem(2, 2, 2, "ACTIVE", "2026-03-01T09:00:00Z");
    tandem(3, 1, 3, "ENDED_EARLY", "2026-03-11T09:00:00Z");
    tandem(4, 2, 4, "KICKOFF", "2026-05-12T21:00:00Z");
    tandem(5, 2, 5, "CLOSED", "2026-03-01T09:00:00Z");
    // sessions: tandem, position, mentor, status, planned, held, topics, rating
    session(1, 1, 1, "HELD", "2026-03-10T14:00:00Z", true, "ai-tools,social-media", 5);
    session(1, 2, 1, "HELD", "2026-03-24T14:00:00Z", true, "ai-tools", 4);
    session(1, 3, 1, "CANCELLED", "2026-04-07T14:00:00Z", false, null, null);
    session(1, 4, 1, "NOT_HELD", "2026-04-21T14:00:00Z", false, null, null);
    session(2, 1, 2, "HELD", "2026-03-15T10:00:00Z", true, "mobile-devices", 3);
    session(2, 2, 1, "HELD", "2026-04-15T10:00:00Z", true, "ai-tools, mobile-devices", 2); // substitute
    session(2, 3, 2, "PLANNED", "2026-05-20T10:00:00Z", false, null, null); // due, not reported
    session(2, 4, 2, "PLANNED", "2026-06-10T10:00:00Z", false, null, null); // upcoming
    session(3, 1, 1, "HELD", "2026-03-20T10:00:00Z", true, "cyber-security", null); // not rated
    session(3, 2, 1, "CANCELLED", "2026-04-03T10:00:00Z", false, "ai-tools", 1); // rated, then cancelled: left out
    session(5, 1, 2, "HELD", "2026-03-05T10:00:00Z", true, "social-media", 4);
    session(5, 2, 2, "HELD", "2026-03-19T10:00:00Z", true, "social-media,ai-tools", 5);
    // final feedback: 3 of the 4 expected from the two closed tandems, one from an early end
    feedback(1, "MENTEE", 5);
    feedback(1, "MENTOR", 4);
    feedback(5, "MENTEE", 3);
    feedback(3, "MENTEE", 2);
  }

  @BeforeEach
  void fixNow() {
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void jsonHasEveryFigureOfTheSeededProgram() {
    ResponseEntity<Map> response = http.withBasicAuth("otto", "otto-demo")
        .getForEntity("/api/reports/program", Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> r = response.getBody();
    assertThat(r.get("asOf")).isEqualTo("2026-06-01T10:00:00Z");
    assertThat(r.get("applications")).isEqualTo(9);
    assertThat((Map<String, Object>) r.get("applicationsByStatus")).containsEntry("SELECTED", 4)
        .containsEntry("REJECTED", 2).containsEntry("WAITLISTED", 1).containsEntry("WITHDRAWN", 1)
        .containsEntry("IN_REVIEW", 1).containsEntry("INTERVIEW", 0);
    assertRate(r.get("selectionRate"), 4, 7);
    assertRate(r.get("qualificationPassRate"), 2, 3);
    assertThat((List<Map<String, Object>>) r.get("funnel")).extracting(c -> c.get("key") + "=" + c.get("count"))
        .containsExactly("applicants=8", "selected=4", "qualified=2", "in a tandem=2");
    assertThat((Map<String, Object>) r.get("tandemsByStatus")).containsExactlyInAnyOrderEntriesOf(
        Map.of("KICKOFF", 1, "ACTIVE", 1, "CLOSED", 2, "ENDED_EARLY", 1));
    assertThat((Map<String, Object>) r.get("sessions")).containsExactlyInAnyOrderEntriesOf(Map.of(
        "planned", 10, "due", 9, "held", 7, "notHeld", 1, "unreported", 1, "upcoming", 1,
        "cancelled", 2));
    assertRate(r.get("sessionsHeldRate"), 7, 9);

    assertAverages(r.get("sessionRatingByTopic"),
        "ai-tools", 4, 4.0, "mobile-devices", 2, 2.5, "social-media", 3, 14.0 / 3);
    assertAverages(r.get("sessionRatingByExecutiveDepartment"),
        RND, 2, 2.5, "Marketing", 2, 4.5, "Sales", 2, 4.5);
    assertAverages(r.get("sessionRatingByMentorDepartment"),
        "IT", 3, 11.0 / 3, "Logistics", 3, 4.0);
    assertAverages(r.get("finalRatingByRole"), "MENTEE", 3, 10.0 / 3, "MENTOR", 1, 4.0);
    assertAverages(r.get("finalRatingByDepartment"),
        "Finance, Controlling", 1, 2.0, "IT", 1, 4.0, "Marketing", 1, 3.0, "Sales", 1, 5.0);

    assertDays(r.get("waitlistDays"), 5, 50.0, 54.9);
    // mentor 1: 2025-10-01 08:00 -> 2026-03-10 14:00 = 160.25; mentor 2: 2026-01-12 08:00 ->
    // 2026-03-05 10:00 = 52.083
    assertDays(r.get("applicationToFirstSessionDays"), 2, (160.25 + 52 + 2 / 24.0) / 2,
        (160.25 + 52 + 2 / 24.0) / 2);
    assertRate(r.get("feedbackResponseRate"), 3, 4);
  }

  @Test
  void periodSelectsCasesByTheDayTheyBegan() {
    // applications 2026-01-10 .. 2026-02-01 (7); mentors 2..7 by their earliest application;
    // tandems created on 2026-03-01 (the last day counts whole): 1, 2 and 5
    Map<String, Object> r = http.withBasicAuth("carla", "carla-demo")
        .getForObject("/api/reports/program?from=2026-01-01&to=2026-03-01", Map.class);

    assertThat(r.get("from")).isEqualTo("2026-01-01");
    assertThat(r.get("to")).isEqualTo("2026-03-01");
    assertThat(r.get("applications")).isEqualTo(7);
    assertRate(r.get("selectionRate"), 4, 6);
    assertRate(r.get("qualificationPassRate"), 1, 2);
    assertThat((List<Map<String, Object>>) r.get("funnel")).extracting(c -> c.get("count"))
        .containsExactly(6, 3, 1, 1);
    assertThat((Map<String, Object>) r.get("tandemsByStatus")).containsEntry("CLOSED", 2)
        .containsEntry("ACTIVE", 1).containsEntry("ENDED_EARLY", 0).containsEntry("KICKOFF", 0);
    assertDays(r.get("waitlistDays"), 3, 50.0, 145.0 / 3);
    assertDays(r.get("applicationToFirstSessionDays"), 1, 52 + 2 / 24.0, 52 + 2 / 24.0);
    assertRate(r.get("feedbackResponseRate"), 3, 4);

    Map<String, Object> empty = http.withBasicAuth("carla", "carla-demo")
        .getForObject("/api/reports/program?from=2024-01-01&to=2024-12-31", Map.class);
    assertThat(empty.get("applications")).isEqualTo(0);
    assertThat((Map<String, Object>) empty.get("selectionRate")).containsEntry("value", null);
    assertThat((Map<String, Object>) empty.get("waitlistDays")).containsEntry("count", 0)
        .containsEntry("median", null);
  }

  @Test
  void csvHasOneEscapedRowPerFigure() {
    ResponseEntity<byte[]> response = http.withBasicAuth("otto", "otto-demo")
        .getForEntity("/api/reports/program.csv", byte[].class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"program-report.csv\"");
    List<String> lines = List.of(new String(response.getBody(), StandardCharsets.UTF_8).split("\r\n", -1));
    assertThat(lines.get(0)).isEqualTo("section,figure,dimension,value");
    assertThat(lines.get(lines.size() - 1)).as("ends with a line break").isEmpty();
    assertThat(lines).contains(
        "report,period,,..",
        "recruitment,applications,,9",
        "recruitment,applications,SELECTED,4",
        "recruitment,selection rate,,0.571",
        "qualification,qualification pass rate,,0.667",
        "funnel,mentors,in a tandem,2",
        "tandems,tandems,ENDED_EARLY,1",
        "sessions,held,,7",
        "sessions,held rate,,0.778",
        "session ratings,average by topic,social-media,4.67",
        "session ratings,count by topic,social-media,3",
        "session ratings,average by executive department,<b>R&D</b>,2.50",
        "final ratings,average by department,\"Finance, Controlling\",2.00",
        "waitlist,median days,,50.0",
        "waitlist,average days,,54.9",
        "application to first session,median days,,106.2",
        "feedback,response rate,,0.750");
    assertThat(lines.subList(1, lines.size() - 1)).allSatisfy(line ->
        assertThat(line.replaceAll("\"[^\"]*\"", "x").split(",", -1)).hasSize(4));

    String period = new String(http.withBasicAuth("otto", "otto-demo")
        .getForObject("/api/reports/program.csv?from=2026-01-01", byte[].class), StandardCharsets.UTF_8);
    assertThat(period).contains("\r\nreport,period,,2026-01-01..\r\n");
  }

  @Test
  void pageShowsTheFiguresChartsAndEscapesNames() {
    ResponseEntity<String> response = http.withBasicAuth("carla", "carla-demo")
        .getForEntity("/reports/program", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("text/html");
    String html = response.getBody();
    assertThat(html).contains("Program report", "57.1% (4 / 7)", "66.7% (2 / 3)", "75.0% (3 / 4)",
        "7 / 9 (77.8%)", "50.0 / 54.9", "106.2");
    assertThat(html).contains("<svg", "</svg>", "AI tools", "4.00 (4)", "Social media", "4.67 (3)",
        "in a tandem");
    assertThat(html).contains("&lt;b&gt;R&amp;D&lt;/b&gt;").doesNotContain(RND);
    assertThat(html).as("nothing loaded from elsewhere").doesNotContain("<script", "src=\"http", "href=\"http");
  }

  @Test
  void aRetiredTopicKeepsItsNameAndFiguresInTheReport() {
    topics.retire("paula", "social-media");
    try {
      String html = http.withBasicAuth("carla", "carla-demo").getForObject("/reports/program", String.class);

      assertThat(html).as("the seeded sessions rated under it still count, by its name (the chart's label)")
          .contains("Social media", "4.67 (3)");
    } finally {
      topics.reinstate("paula", "social-media");
    }
  }

  @Test
  void pageIsInTheReadersLanguage() {
    HttpHeaders german = new HttpHeaders();
    german.set(HttpHeaders.ACCEPT_LANGUAGE, "de-DE,de;q=0.9,en;q=0.8");
    // Carla, a coordinator, as someone who has not chosen a language: the browser's counts
    identity.deleteUserInfo("carla", Language.USER_INFO_KEY);
    ResponseEntity<String> response;
    try {
      response = http.withBasicAuth("carla", "carla-demo")
          .exchange("/reports/program", HttpMethod.GET, new HttpEntity<>(german), String.class);
    } finally {
      identity.setUserInfo("carla", Language.USER_INFO_KEY, Language.EN.code());
    }

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("lang=\"de\"", "Programmbericht", "Kennzahlen", "Auswahlquote",
        "57,1", "KI-Werkzeuge", "Soziale Medien", "im Tandem", "Durchschnittliche Bewertungen")
        .doesNotContain("Key figures", "Social media");
  }

  @Test
  void onlyProcessOwnersAndCoordinatorsMayRead() {
    for (String path : List.of("/api/reports/program", "/api/reports/program.csv", "/reports/program")) {
      assertThat(http.withBasicAuth("otto", "otto-demo").getForEntity(path, String.class).getStatusCode())
          .as(path).isEqualTo(HttpStatus.OK);
      assertThat(http.withBasicAuth("carla", "carla-demo").getForEntity(path, String.class).getStatusCode())
          .as(path).isEqualTo(HttpStatus.OK);
      assertThat(http.withBasicAuth("lena", "lena-demo").getForEntity(path, String.class).getStatusCode())
          .as(path).isEqualTo(HttpStatus.FORBIDDEN);
      ResponseEntity<String> anonymous = http.getForEntity(path, String.class);
      if (path.startsWith("/api/")) {
        assertThat(anonymous.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(path).startsWith("Basic");
      } else {
        assertThat(anonymous.getBody()).as(path + " leads a browser to the login page")
            .contains("Reverse Mentoring: log in").doesNotContain("Applications");
      }
    }
    assertThat(http.withBasicAuth("lena", "lena-demo").getForEntity("/api/reports/program?from=nonsense", String.class)
        .getStatusCode()).as("no hints before the access check").isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void invalidDatesAreRefusedNamingTheParameter() {
    ResponseEntity<Map> badFrom = http.withBasicAuth("otto", "otto-demo")
        .getForEntity("/api/reports/program?from=01.03.2026", Map.class);
    assertThat(badFrom.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badFrom.getBody()).containsEntry("type", "RejectedInputException")
        .containsEntry("message", "from: must be a date like 2026-01-31");
    assertThat((List<Map<String, Object>>) badFrom.getBody().get("fields")).singleElement()
        .satisfies(f -> assertThat(f).containsEntry("field", "from"));

    ResponseEntity<String> badTo = http.withBasicAuth("otto", "otto-demo")
        .getForEntity("/api/reports/program.csv?to=2026-02-30", String.class);
    assertThat(badTo.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badTo.getBody()).contains("to: must be a date");

    ResponseEntity<String> reversed = http.withBasicAuth("otto", "otto-demo")
        .getForEntity("/api/reports/program?from=2026-03-01&to=2026-02-01", String.class);
    assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(reversed.getBody()).contains("to: must not be before from");

    ResponseEntity<String> page = http.withBasicAuth("otto", "otto-demo")
        .getForEntity("/reports/program?from=<script>", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(page.getBody()).contains("from: must be a date like 2026-01-31").doesNotContain("<script>");
  }

  // --- assertions

  private static void assertRate(Object json, long numerator, long denominator) {
    Map<String, Object> rate = (Map<String, Object>) json;
    assertThat(((Number) rate.get("numerator")).longValue()).isEqualTo(numerator);
    assertThat(((Number) rate.get("denominator")).longValue()).isEqualTo(denominator);
    assertThat(((Number) rate.get("value")).doubleValue())
        .isCloseTo((double) numerator / denominator, within(1e-9));
  }

  /** key, count, average, key, count, average ... in key order. */
  private static void assertAverages(Object json, Object... expected) {
    List<Map<String, Object>> averages = (List<Map<String, Object>>) json;
    assertThat(averages).hasSize(expected.length / 3);
    for (int i = 0; i < averages.size(); i++) {
      Map<String, Object> a = averages.get(i);
      assertThat(a.get("key")).isEqualTo(expected[3 * i]);
      assertThat(a.get("count")).as("count of %s", a.get("key")).isEqualTo(expected[3 * i + 1]);
      assertThat(((Number) a.get("average")).doubleValue()).as("average of %s", a.get("key"))
          .isCloseTo(((Number) expected[3 * i + 2]).doubleValue(), within(1e-9));
    }
  }

  private static void assertDays(Object json, int count, double median, double average) {
    Map<String, Object> days = (Map<String, Object>) json;
    assertThat(days.get("count")).isEqualTo(count);
    assertThat(((Number) days.get("median")).doubleValue()).isCloseTo(median, within(1e-9));
    assertThat(((Number) days.get("average")).doubleValue()).isCloseTo(average, within(1e-9));
  }

  // --- the data set, inserted as the domain code would store it

  private void mentor(long id, String department, String status, boolean erased) {
    jdbc.update("""
        insert into mentor (id, email, first_name, last_name, occupation, department, location,
          language, supervisor_email, status, version, erased_at)
        values (?, ?, ?, 'Test', 'IT specialist', ?, 'Munich', 'en', 'boss@example.com', ?, 0, ?)""",
        id, "mentor" + id + "@example.com", "Mentor" + id, department, status,
        erased ? NOW.minusDays(1) : null);
  }

  private void application(long id, long mentorId, String status, String submittedAt) {
    OffsetDateTime submitted = OffsetDateTime.parse(submittedAt);
    jdbc.update("""
        insert into mentor_application (id, number, mentor_id, training_year, topics, status,
          submitted_at, status_changed_at)
        values (?, ?, ?, 2, 'ai-tools', ?, ?, ?)""",
        id, "RMA-TEST-" + id, mentorId == 0 ? 1 : mentorId, status, submitted, submitted.plusDays(3));
  }

  private void mentee(long id, String department, String status, String registeredAt, boolean erased) {
    OffsetDateTime registered = OffsetDateTime.parse(registeredAt);
    jdbc.update("""
        insert into mentee (id, number, email, first_name, last_name, department, management_level,
          birth_year, topics, language, location, availability, exclusions, status, registered_at,
          status_changed_at, version, erased_at)
        values (?, ?, ?, ?, 'Test', ?, 'director', 1970, 'ai-tools', 'en', 'Munich', 'MON-AM', '',
          ?, ?, ?, 0, ?)""",
        id, "RME-TEST-" + id, "exec" + id + "@example.com", "Exec" + id, department, status,
        registered, registered, erased ? NOW.minusDays(1) : null);
  }

  private void tandem(long id, long mentorId, long menteeId, String status, String createdAt) {
    OffsetDateTime created = OffsetDateTime.parse(createdAt);
    jdbc.update("""
        insert into tandem (id, number, mentor_id, mentee_id, cohort_name, starts_on, score, reasons,
          fixed_by_coordinator, status, created_at, status_changed_at, version)
        values (?, ?, ?, ?, 'Spring 2026', ?, 80, 'shares a topic', false, ?, ?, ?, 0)""",
        id, "RMT-TEST-" + id, mentorId, menteeId, LocalDate.of(2026, 3, 2), status, created, created);
  }

  private void session(long tandemId, int position, long mentorId, String status, String plannedAt,
      boolean held, String topics, Integer rating) {
    OffsetDateTime planned = OffsetDateTime.parse(plannedAt);
    jdbc.update("""
        insert into tandem_session (tandem_id, position, mentor_id, planned_at, planned_minutes,
          status, held_at, topics, rating, calendar_sequence, version)
        values (?, ?, ?, ?, 60, ?, ?, ?, ?, 0, 0)""",
        tandemId, position, mentorId, planned, status, held ? planned : null, topics, rating);
  }

  private void feedback(long tandemId, String role, int rating) {
    jdbc.update("""
        insert into final_feedback (tandem_id, role, overall_rating, would_recommend,
          would_take_part_again, submitted_at)
        values (?, ?, ?, true, true, ?)""", tandemId, role, rating, NOW.minusDays(10));
  }
}
