package org.reversementoring.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.identity.DemoUser;
import org.reversementoring.common.Language;
import org.reversementoring.matching.MatchingPool;
import org.reversementoring.matching.MatchingRound;
import org.reversementoring.matching.MatchingRules;
import org.reversementoring.matching.MatchingWords;
import org.reversementoring.matching.MatchingResult;
import org.reversementoring.matching.TandemMatcher;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.PageSession;
import org.reversementoring.support.ProgramParticipants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The program content page over HTTP as the people use it: an organizer adds a topic that the
 * application form, the validation and the matching see at once; a refused change answers 400
 * naming the field and changes nothing; process owners read the history; news and questions
 * reach every program page in the reader's language.
 */
@AppTest
class ProgramContentPageTest {

  static final Map<String, String> QUANTUM = Map.of("code", "quantum-computing", "nameEn", "Quantum computing",
      "nameDe", "Quantencomputer", "descriptionEn", "What qubits can do.", "descriptionDe", "Was Qubits können.");

  @LocalServerPort int port;
  @Autowired MatchingWords words;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ApplicationService applications;
  @Autowired MenteeService mentees;
  @Autowired MatchingRound matching;
  @Autowired TopicCatalogue catalogue;

  /** The content is shared by every class of the app: back as a new installation has it. */
  @AfterEach
  void putTheContentBack() {
    jdbc.update("delete from topic where code = 'quantum-computing'");
    jdbc.update("update topic set retired = false");
    jdbc.update("delete from program_news");
    jdbc.update("delete from program_faq");
  }

  @Test
  void anOrganizerAddsATopicThatTheFormsTheValidationAndTheMatchingSeeAtOnce() {
    PageSession paula = PageSession.loggedIn(port, DemoUser.PAULA.id(), DemoUser.PAULA.password());
    HttpResponse<String> page = paula.get("/program-content");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.body()).contains("Topic catalogue", "id=\"add-topic\"", "name=\"_csrf\"", "KI-Werkzeuge");

    HttpResponse<String> added = paula.post("/program-content/topics", QUANTUM);

    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(added.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/program-content?saved"));
    assertThat(paula.get("/program-content?saved").body()).contains("Saved.", "quantum-computing", "Quantencomputer");
    String germanForm = startForm(DemoUser.LENA);
    assertThat(germanForm).as("the application form in German offers the new topic")
        .contains("\"label\":\"Quantencomputer\",\"value\":\"quantum-computing\"", "\"label\":\"KI-Werkzeuge\"")
        .doesNotContain("valuesKey");
    assertThat(startForm(DemoUser.ZOE)).contains("\"label\":\"Quantum computing\",\"value\":\"quantum-computing\"");

    Mentor mentor = participants().qualifiedMentor(withTopics(
        ApplicationFixtures.application("quinn.qubit@example.com", "sven.vogel@example.com"), "[\"quantum-computing\"]"));
    Map<String, Object> enrollment = EnrollmentFixtures.enrollment("queenie.qubit@example.com");
    enrollment.put(EnrollmentVariables.TOPICS.name(), "[\"quantum-computing\"]");
    Mentee mentee = participants().waitlistedExecutive(enrollment);
    MatchingPool pool = matching.pool();
    MatchingResult result = new TandemMatcher().match(
        pool.mentors().stream().filter(m -> m.id() == mentor.getId()).toList(),
        pool.mentees().stream().filter(m -> m.id() == mentee.getId()).toList(), MatchingRules.defaults(), null, null);
    assertThat(result.proposals()).singleElement().satisfies(proposal -> {
      assertThat(proposal.reasons()).extracting(words.in(Language.EN)::reason)
          .contains("shares 1 of 1 topic (Quantum computing first)");
      assertThat(words.in(Language.DE).reasons(proposal.reasons())).contains("Quantencomputer");
    });
  }

  @Test
  void aRefusedChangeAnswers400NamingTheFieldKeepsWhatWasTypedAndChangesNothing() {
    PageSession carla = PageSession.loggedIn(port, DemoUser.CARLA.id(), DemoUser.CARLA.password());
    carla.get("/program-content");
    int changes = changeCount();

    HttpResponse<String> badCode = carla.post("/program-content/topics",
        Map.of("code", "Quantum Computing!", "nameEn", "Zoë's <b>topic</b>", "nameDe", "Q", "descriptionEn", "d",
            "descriptionDe", "d"));
    HttpResponse<String> taken = carla.post("/program-content/topics",
        Map.of("code", "ai-tools", "nameEn", "Q", "nameDe", "Q", "descriptionEn", "d", "descriptionDe", "d"));
    HttpResponse<String> unknown = carla.post("/program-content/topics/time-travel/retire", Map.of());
    HttpResponse<String> tooLong = carla.post("/program-content/news", Map.of("textEn", "x".repeat(501), "textDe", "d"));
    HttpResponse<String> badChange = carla.post("/program-content/topics/ai-tools",
        Map.of("nameEn", "Zoë's <i>AI</i> tools", "nameDe", " ", "descriptionEn", "Typed <b>here</b>", "descriptionDe", "d"));

    assertThat(badCode.statusCode()).isEqualTo(400);
    assertThat(badCode.body()).contains("code: must be lower-case letters, digits and dashes, like ai-tools",
        "value=\"Zoë&#39;s &lt;b&gt;topic&lt;/b&gt;\"").doesNotContain("<b>topic</b>");
    assertThat(taken.statusCode()).isEqualTo(400);
    assertThat(taken.body()).contains("code: &#39;ai-tools&#39; is already in the catalogue");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("code: no topic &#39;time-travel&#39; in the catalogue");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("textEn: must be at most 500 characters");
    assertThat(badChange.statusCode()).isEqualTo(400);
    assertThat(badChange.body()).contains("nameDe: must not be empty", "<details open=\"open\">",
        "name=\"nameEn\" value=\"Zoë&#39;s &lt;i&gt;AI&lt;/i&gt; tools\" maxlength=\"80\"",
        "maxlength=\"300\" required>Typed &lt;b&gt;here&lt;/b&gt;</textarea>", "min=\"30\" max=\"480\"")
        .doesNotContain("<i>AI</i>", "<b>here</b>");
    assertThat(changeCount()).isEqualTo(changes);
    assertThat(catalogue.offeredCodes().codes()).hasSize(7);
    assertThat(jdbc.queryForObject("select count(*) from program_news", Integer.class)).isZero();
  }

  @Test
  void processOwnersReadTheContentAndItsHistoryAndNobodyElseChangesIt() {
    PageSession paula = PageSession.loggedIn(port, DemoUser.PAULA.id(), DemoUser.PAULA.password());
    paula.get("/program-content");
    paula.post("/program-content/topics/online-payments/retire", Map.of());
    PageSession otto = PageSession.loggedIn(port, DemoUser.OTTO.id(), DemoUser.OTTO.password());

    HttpResponse<String> readOnly = otto.get("/program-content");
    HttpResponse<String> history = otto.get("/program-content/history");

    assertThat(readOnly.statusCode()).isEqualTo(200);
    assertThat(readOnly.body()).contains("Online shopping and payments", "retired")
        .doesNotContain("id=\"add-topic\"", "/retire\"");
    assertThat(history.statusCode()).isEqualTo(200);
    assertThat(history.body()).contains("paula", "Topic online-payments: retired",
        "&quot;retired&quot;:false", "&quot;retired&quot;:true");
    assertThat(otto.post("/program-content/topics/online-payments/reinstate", Map.of()).statusCode())
        .as("a process owner changes nothing").isEqualTo(403);
    PageSession lena = PageSession.loggedIn(port, DemoUser.LENA.id(), DemoUser.LENA.password());
    assertThat(lena.get("/program-content").statusCode()).as("a mentor does not see it").isEqualTo(403);
    assertThat(PageSession.anonymous(port).get("/program-content").headers().firstValue("Location"))
        .as("sent to the login page").hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
    assertThat(paula.postRaw("/program-content/topics/online-payments/reinstate", "").statusCode())
        .as("a post without the page's token is refused").isEqualTo(403);
    assertThat(catalogue.offeredCodes().retired()).containsExactly("online-payments");
    assertThat(startForm(DemoUser.ZOE)).as("a retired topic is no longer offered").doesNotContain("online-payments");
  }

  @Test
  void everyProgramPageShowsTheNewsAndQuestionsInItsReadersLanguage() {
    PageSession carla = PageSession.loggedIn(port, DemoUser.CARLA.id(), DemoUser.CARLA.password());
    carla.get("/program-content");
    carla.post("/program-content/news", Map.of("textEn", "The spring cohort starts <soon>.",
        "textDe", "Die Frühjahrskohorte beginnt <bald>."));
    carla.post("/program-content/faq", Map.of("questionEn", "How often do we meet?", "questionDe", "Wie oft treffen wir uns?",
        "answerEn", "Every one to four weeks, as you agree.", "answerDe", "Alle ein bis vier Wochen, wie vereinbart."));

    String german = PageSession.loggedIn(port, DemoUser.LENA.id(), DemoUser.LENA.password()).get("/me").body();
    String english = PageSession.loggedIn(port, DemoUser.INES.id(), DemoUser.INES.password()).get("/me").body();
    String organizer = PageSession.loggedIn(port, DemoUser.PAULA.id(), DemoUser.PAULA.password()).get("/me").body();

    assertThat(german).contains("Neuigkeiten aus dem Programm", "Die Frühjahrskohorte beginnt &lt;bald&gt;.",
        "Wie oft treffen wir uns?", "Alle ein bis vier Wochen").doesNotContain("spring cohort", "/program-content");
    assertThat(english).contains("Program news", "The spring cohort starts &lt;soon&gt;.", "How often do we meet?");
    assertThat(organizer).contains("href=\"/program-content\"");
  }

  private String startForm(DemoUser reader) {
    return http.withBasicAuth(reader.id(), reader.password())
        .getForObject("/engine-rest/process-definition/key/mentor-recruitment/deployed-start-form", String.class);
  }

  private int changeCount() {
    return jdbc.queryForObject("select count(*) from content_change", Integer.class);
  }

  private static Map<String, Object> withTopics(Map<String, Object> form, String topics) {
    form.put(RecruitmentVariables.TOPICS.name(), topics);
    return form;
  }

  private ProgramParticipants participants() {
    return new ProgramParticipants(runtime, tasks, management, applications, mentees);
  }
}
