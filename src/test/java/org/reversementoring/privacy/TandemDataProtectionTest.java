package org.reversementoring.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.ProgramParticipants;
import org.reversementoring.support.TestSmtp;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemDraft;
import org.reversementoring.tandem.TandemService;
import org.reversementoring.tandem.TandemVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A tandem's records in the participants' own-data download (each sees their own words only) and
 * in erasure (free text goes, a running tandem ends, ratings stay for the statistics).
 */
@AppTest
@SuppressWarnings("unchecked")
class TandemDataProtectionTest {

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

  @Test
  void eachSideDownloadsTheirOwnWordsAndErasureEndsTheTandemKeepingOnlyStatistics() {
    long mentorId = qualifiedMentor("tilda.tandem@example.com");
    long menteeId = waitlistedExecutive("georg.tandem@example.com");
    Tandem tandem = tandems.form(new TandemDraft(mentorId, menteeId, "Spring", LocalDate.now().plusDays(7), 80,
        List.of("shares 2 of 2 topics"), false));
    runtime.startProcessInstanceByKey(TandemVariables.PROCESS_KEY, tandem.getNumber(),
        Map.of(TandemVariables.TANDEM_ID.name(), tandem.getId()));
    Jobs.runDue(management);
    jdbc.update("update tandem set goals = ? where id = ?", "Use <b>AI</b> tools", tandem.getId());
    jdbc.update("insert into tandem_session (tandem_id, position, mentor_id, planned_at, planned_minutes, status, "
        + "held_minutes, topics, notes, rating, rating_comment, calendar_sequence, version) "
        + "values (?, 1, ?, current_timestamp, 60, 'HELD', 55, 'ai-tools', 'Georg asks great questions', 4, 'Très bien', 0, 0)",
        tandem.getId(), mentorId);
    for (String role : List.of("MENTOR", "MENTEE")) {
      jdbc.update("insert into final_feedback (tandem_id, role, overall_rating, learned, would_recommend, "
          + "would_take_part_again, comment, submitted_at) values (?, ?, 5, ?, true, true, ?, current_timestamp)",
          tandem.getId(), role, "learned as " + role, "comment of " + role);
    }
    Login mentor = login("tilda.tandem@example.com");
    Login executive = login("georg.tandem@example.com");

    Map<String, Object> mentorView = onlyTandem(mentor);
    assertThat(mentorView).containsEntry("number", tandem.getNumber()).containsEntry("role", "MENTOR")
        .containsEntry("goals", "Use <b>AI</b> tools");
    assertThat((List<Map<String, Object>>) mentorView.get("sessions")).singleElement().satisfies(session -> assertThat(session)
        .containsEntry("notes", "Georg asks great questions").containsEntry("rating", null).containsEntry("ratingComment", null));
    assertThat((List<Map<String, Object>>) mentorView.get("finalFeedback")).singleElement()
        .satisfies(feedback -> assertThat(feedback).containsEntry("role", "MENTOR"));

    Map<String, Object> executiveView = onlyTandem(executive);
    assertThat(executiveView).containsEntry("role", "MENTEE");
    assertThat((List<Map<String, Object>>) executiveView.get("sessions")).singleElement().satisfies(session -> assertThat(session)
        .containsEntry("notes", null).containsEntry("rating", 4).containsEntry("ratingComment", "Très bien"));
    assertThat((List<Map<String, Object>>) executiveView.get("finalFeedback")).singleElement()
        .satisfies(feedback -> assertThat(feedback).containsEntry("role", "MENTEE").containsEntry("comment", "comment of MENTEE"));

    ResponseEntity<Map> erased = http.withBasicAuth(executive.userId, executive.password).postForEntity("/api/me/erasure", null, Map.class);

    assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<String>) erased.getBody().get("endedApplications")).contains(tandem.getNumber());
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(tandem.getNumber()).count()).isZero();
    Map<String, Object> row = jdbc.queryForMap("select status, goals, ended_at from tandem where id = ?", tandem.getId());
    assertThat(row.get("STATUS")).isEqualTo("ENDED_EARLY");
    assertThat(row.get("GOALS")).isNull();
    assertThat(row.get("ENDED_AT")).isNotNull();
    assertThat(jdbc.queryForMap("select notes, rating_comment, rating from tandem_session where tandem_id = ?", tandem.getId()))
        .containsEntry("NOTES", null).containsEntry("RATING_COMMENT", null).containsEntry("RATING", 4);
    assertThat(jdbc.queryForList("select learned, comment, overall_rating from final_feedback where tandem_id = ?", tandem.getId()))
        .allSatisfy(feedback -> assertThat(feedback).containsEntry("LEARNED", null).containsEntry("COMMENT", null)
            .containsEntry("OVERALL_RATING", 5));
  }

  private Map<String, Object> onlyTandem(Login login) {
    ResponseEntity<Map> response = http.withBasicAuth(login.userId, login.password).getForEntity("/api/me/data", Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> own = (List<Map<String, Object>>) response.getBody().get("tandems");
    assertThat(own).hasSize(1);
    return own.get(0);
  }

  private long qualifiedMentor(String email) {
    return participants().qualifiedMentor(ApplicationFixtures.application(email)).getId();
  }

  private long waitlistedExecutive(String email) {
    return participants().waitlistedExecutive(EnrollmentFixtures.enrollment(email)).getId();
  }

  private ProgramParticipants participants() {
    return new ProgramParticipants(runtime, tasks, management, applications, mentees);
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
