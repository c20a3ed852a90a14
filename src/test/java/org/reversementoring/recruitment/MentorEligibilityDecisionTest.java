package org.reversementoring.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reversementoring.recruitment.RecruitmentVariables.*;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The eligibility table the program office maintains, evaluated without a process engine. */
class MentorEligibilityDecisionTest {

  static DmnDecision decision;
  static DmnEngine engine;

  @BeforeAll
  static void parseTable() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = MentorEligibilityDecisionTest.class.getClassLoader()
        .getResourceAsStream("mentor-eligibility.dmn")) {
      assertThat(table).as("mentor-eligibility.dmn on the classpath").isNotNull();
      decision = engine.parseDecision("mentor-eligibility", table);
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("refused consent", "refuse", 3, 3, 0,
            false, "The training supervisor has not consented."),
        Arguments.of("refused consent wins over experience", "refuse", 2, 1, 1,
            false, "The training supervisor has not consented."),
        Arguments.of("first training year", "consent", 1, 2, 0,
            false, "First training year: mentors usually start from their second year."),
        Arguments.of("no topic", "consent", 2, 0, 0,
            false, "No digital topic offered."),
        Arguments.of("selected twice before", "consent", 3, 4, 2,
            false, "Has already been selected twice: give other apprentices a turn."),
        Arguments.of("selected three times before", "consent", 3, 4, 3,
            false, "Has already been selected twice: give other apprentices a turn."),
        Arguments.of("selected once before", "consent", 2, 1, 1,
            true, "Eligible: selected once before, brings mentoring experience."),
        Arguments.of("three topics", "consent", 2, 3, 0,
            true, "Eligible: offers three or more digital topics."),
        Arguments.of("seven topics", "consent", 4, 7, 0,
            true, "Eligible: offers three or more digital topics."),
        Arguments.of("plain case", "consent", 2, 2, 0,
            true, "Eligible: meets every criterion."),
        Arguments.of("plain case, one topic", "consent", 4, 1, 0,
            true, "Eligible: meets every criterion."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decides(String name, String supervisorDecision, int trainingYear, int topicCount,
      int earlierParticipations, boolean eligible, String reason) {
    DmnDecisionResultEntries result = evaluate(supervisorDecision, trainingYear, topicCount,
        earlierParticipations);

    assertThat(ELIGIBLE.from(result.getEntryMap())).isEqualTo(eligible);
    assertThat(ELIGIBILITY_REASON.from(result.getEntryMap())).isEqualTo(reason);
    assertThat(ELIGIBILITY_REASON_DE.from(result.getEntryMap())).as("the reason for German readers")
        .isNotBlank().isNotEqualTo(reason);
  }

  @Test
  void aMissingSupervisorDecisionIsNoConsent() {
    DmnDecisionResultEntries result = evaluate(null, 2, 2, 0);

    assertThat(ELIGIBLE.from(result.getEntryMap())).isFalse();
    assertThat(ELIGIBILITY_REASON.from(result.getEntryMap()))
        .isEqualTo("The training supervisor has not consented.");
  }

  private static DmnDecisionResultEntries evaluate(String supervisorDecision, Integer trainingYear,
      Integer topicCount, Integer earlierParticipations) {
    Map<String, Object> variables = new HashMap<>();
    SUPERVISOR_DECISION.putIn(variables, supervisorDecision);
    TRAINING_YEAR.putIn(variables, trainingYear);
    TOPIC_COUNT.putIn(variables, topicCount);
    EARLIER_PARTICIPATIONS.putIn(variables, earlierParticipations);
    DmnDecisionResult result = engine.evaluateDecision(decision, variables);
    assertThat(result).as("hit policy FIRST gives exactly one answer").hasSize(1);
    return result.getSingleResult();
  }
}
