package org.reversementoring.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.charset.StandardCharsets;
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
 * The program report on the real app over {@link ReportSeed}'s data set (eight mentors with
 * nine applications, six executives, five tandems, twelve sessions and four final feedbacks),
 * "now" fixed at 2026-06-01 10:00 UTC. Every expected figure is worked out by hand in the
 * comments next to the data there. The report counts the whole program, so this class has an
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

  static final OffsetDateTime NOW = ReportSeed.NOW;
  static final String RND = ReportSeed.RND;

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  @Autowired TopicEditing topics;

  @BeforeAll
  void seed() {
    ReportSeed.program(jdbc);
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
}
