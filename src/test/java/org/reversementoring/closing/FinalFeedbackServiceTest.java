package org.reversementoring.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reversementoring.support.CatalogueFixtures;
import org.reversementoring.support.DomainTestBeans;
import org.reversementoring.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Final feedback and the sessions held, on the real schema (Flyway, validated by Hibernate) in H2.
 * Tandems are inserted as bare rows (referential integrity off while the test fills the tables),
 * since only their mentor matters here. Each service call commits on its own, as in the app.
 */
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({FinalFeedbackService.class, HeldSessions.class, DomainTestBeans.class})
class FinalFeedbackServiceTest {

  private static final long MENTOR = 41;
  private static final long OTHER_MENTOR = 42;

  @Autowired FinalFeedbackService service;
  @Autowired FinalFeedbackRepository repository;
  @Autowired HeldSessions sessions;
  @Autowired MovableClock clock;
  @Autowired DataSource dataSource;
  JdbcTemplate jdbc;

  @BeforeEach
  void emptyTables() {
    jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("set referential_integrity false");
    jdbc.update("delete from final_feedback");
    jdbc.update("delete from tandem_session");
    jdbc.update("delete from tandem");
    clock.set(DomainTestBeans.START);
  }

  @AfterEach
  void integrityOn() {
    jdbc.execute("set referential_integrity true");
  }

  @Test
  void aSecondRoundReplacesTheEarlierAnswerOfTheSameSide() {
    tandem(1, MENTOR);
    service.record(1, FeedbackRole.MENTOR, new FeedbackAnswer(3, "Patience", true, false, "First round"));
    service.record(1, FeedbackRole.MENTEE, new FeedbackAnswer(4, "AI tools", true, true, null));
    clock.set(DomainTestBeans.START.plus(Duration.ofDays(60)));

    service.record(1, FeedbackRole.MENTOR, new FeedbackAnswer(5, "Patience and planning", true, true, null));

    List<FinalFeedback> answers = service.answers(1);
    assertThat(answers).hasSize(2).extracting(FinalFeedback::getRole).containsExactly(FeedbackRole.MENTEE, FeedbackRole.MENTOR);
    FinalFeedback mentor = repository.findByTandemIdAndRole(1, FeedbackRole.MENTOR).orElseThrow();
    assertThat(mentor.getOverallRating()).isEqualTo(5);
    assertThat(mentor.getLearned()).isEqualTo("Patience and planning");
    assertThat(mentor.isWouldTakePartAgain()).isTrue();
    assertThat(mentor.getComment()).isNull();
    assertThat(mentor.getSubmittedAt()).isEqualTo(DomainTestBeans.START.plus(Duration.ofDays(60)));
    assertThat(jdbc.queryForObject("select count(*) from final_feedback", Integer.class)).isEqualTo(2);
  }

  @Test
  void aMentorSeesTheExecutivesRatingsOnlyAsAnAverageFromThreeAnswers() {
    tandem(1, MENTOR);
    tandem(2, MENTOR);
    tandem(3, MENTOR);
    tandem(4, OTHER_MENTOR);
    service.record(1, FeedbackRole.MENTEE, answer(5));
    service.record(2, FeedbackRole.MENTEE, answer(4));
    service.record(1, FeedbackRole.MENTOR, answer(1));
    service.record(4, FeedbackRole.MENTEE, answer(1));

    MentorAggregate two = service.mentorAggregate(MENTOR);
    assertThat(two.shown()).isFalse();
    assertThat(two.average()).isNull();
    assertThat(two.answers()).isEqualTo(2);
    assertThat(two.describe()).isEqualTo("not enough answers yet");
    assertThat(service.mentorAggregate(OTHER_MENTOR).shown()).isFalse();

    service.record(3, FeedbackRole.MENTEE, answer(3));
    MentorAggregate three = service.mentorAggregate(MENTOR);
    assertThat(three.shown()).isTrue();
    assertThat(three.answers()).as("the mentor's own answer and other mentors' tandems do not count").isEqualTo(3);
    assertThat(three.average()).isEqualTo(4.0);
    assertThat(three.describe()).isEqualTo("4.0 of 5 on average from 3 executives");
  }

  @Test
  void heldSessionsAreTheHeldOnesInOrderWithTheirTopics() {
    tandem(1, MENTOR);
    session(1, 2, "HELD", "2031-03-24T09:00:00Z", "2031-03-24T09:30:00Z", "ai-tools, social-media");
    session(1, 1, "HELD", "2031-03-10T09:00:00Z", null, "connected-car");
    session(1, 3, "NOT_HELD", "2031-04-07T08:00:00Z", null, null);
    session(1, 4, "HELD", "2031-04-21T08:00:00Z", "2031-04-21T08:00:00Z", "");

    List<HeldSessions.HeldSession> held = sessions.of(1);
    assertThat(held).extracting(HeldSessions.HeldSession::position).containsExactly(1, 2, 4);
    assertThat(held.get(0).heldAt()).as("planned time when the held time is missing")
        .isEqualTo(Instant.parse("2031-03-10T09:00:00Z"));
    assertThat(held.get(1).heldAt()).isEqualTo(Instant.parse("2031-03-24T09:30:00Z"));
    assertThat(held.get(1).topics()).containsExactly("ai-tools", "social-media");
    assertThat(held.get(2).topics()).isEmpty();
    assertThat(ClosingService.topicNames(held, org.reversementoring.common.Language.EN, CatalogueFixtures.NAMES))
        .containsExactly("Connected car apps", "AI tools", "Social media");
    assertThat(sessions.of(2)).isEmpty();
  }

  private static FeedbackAnswer answer(int rating) {
    return new FeedbackAnswer(rating, "Something", true, true, null);
  }

  private void tandem(long id, long mentorId) {
    jdbc.update("insert into tandem (id, number, mentor_id, mentee_id, cohort_name, starts_on, score, reasons,"
        + " fixed_by_coordinator, status, created_at, status_changed_at, version)"
        + " values (?, ?, ?, ?, 'Spring 2031', date '2031-03-03', 80, '', false, 'ACTIVE',"
        + " current_timestamp, current_timestamp, 0)", id, "RMT-2031-00" + id, mentorId, 100 + id);
  }

  private void session(long tandemId, int position, String status, String planned, String held, String topics) {
    jdbc.update("insert into tandem_session (tandem_id, position, mentor_id, planned_at, planned_minutes, status,"
        + " held_at, topics, calendar_sequence, version) values (?, ?, ?, ?, 60, ?, ?, ?, 0, 0)",
        tandemId, position, MENTOR, java.sql.Timestamp.from(Instant.parse(planned)), status,
        held == null ? null : java.sql.Timestamp.from(Instant.parse(held)), topics);
  }
}
