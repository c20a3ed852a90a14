package org.reversementoring.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.academy.AcademyVariables;
import org.reversementoring.matching.MatchingVariables;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.RestVariables;
import org.reversementoring.support.TestSmtp;
import org.reversementoring.tandem.TandemProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * "Today" is the day in the program's zone (Europe/Berlin), not the server's UTC day: checked
 * around midnight, where the two disagree.
 */
@AppTest
class ProgramDayTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  /** 00:16 in Berlin on 6 December; in UTC still the 5th. */
  private static final Instant JUST_AFTER_MIDNIGHT = Instant.parse("2026-12-05T23:16:00Z");
  /** 23:30 in Berlin on 6 December; in UTC the 6th too, an hour from the 7th there. */
  private static final Instant LATE_EVENING = Instant.parse("2026-12-06T22:30:00Z");

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ProgramProperties program;
  @Autowired TandemProperties tandem;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aMatchingStartsTodayInBerlin() {
    at(JUST_AFTER_MIDNIGHT);
    ResponseEntity<Map> yesterday = startMatching("2026-12-05");
    assertThat(yesterday.getStatusCode().value()).as("5 December is yesterday in Berlin").isEqualTo(400);
    assertThat(yesterday.getBody().get("message")).isEqualTo("tandemStartDate: must be today or later");
    assertThat(startMatching("2026-12-06").getStatusCode().value()).as("6 December is today").isEqualTo(200);

    at(LATE_EVENING);
    assertThat(startMatching("2026-12-06").getStatusCode().value()).as("still today at 23:30").isEqualTo(200);
  }

  @Test
  void aCohortsLocalTimesAreBerlinTimes() {
    at(JUST_AFTER_MIDNIGHT);
    assertThatThrownBy(() -> planCohort("Night owls", "2026-12-06T00:10"))
        .as("ten minutes ago in Berlin").hasMessageContaining("firstModuleStart: must be in the future");
    assertThat(planCohort("Early birds", "2026-12-06T09:00")).isNotNull();
  }

  @Test
  void aNewYearsApplicationIsNumberedInTheNewYear() {
    at(Instant.parse("2026-12-31T23:30:00Z"));
    String number = runtime.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY,
        ApplicationFixtures.application("zoe.new-year@example.com")).getBusinessKey();
    assertThat(number).as("00:30 on 1 January 2027 in Berlin").startsWith("RMA-2027-");
  }

  @Test
  void theZoneIsOneSettingForEveryRule() {
    assertThat(program.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(tandem.zone()).as("session and kickoff times").isEqualTo(program.zone());
  }

  private ResponseEntity<Map> startMatching(String startDate) {
    return http.withBasicAuth("carla", "carla-demo").postForEntity(
        "/engine-rest/process-definition/key/tandem-matching/start", RestVariables.request(Map.of(
            MatchingVariables.COHORT_NAME.name(), "Winter " + startDate, MatchingVariables.TANDEM_START_DATE.name(), startDate)),
        Map.class);
  }

  private String planCohort(String name, String firstModuleStart) {
    Map<String, Object> plan = new HashMap<>();
    plan.put(AcademyVariables.COHORT_NAME.name(), name);
    plan.put(AcademyVariables.COHORT_LOCATION.name(), "Academy room 3, Wolfsburg");
    plan.put(AcademyVariables.TRAINER_NAME.name(), "Tina Kramer");
    plan.put(AcademyVariables.TRAINER_EMAIL.name(), "tina.kramer@example.com");
    plan.put(AcademyVariables.CAPACITY.name(), 5);
    plan.put(AcademyVariables.FIRST_MODULE_START.name(), firstModuleStart);
    plan.put(AcademyVariables.DAYS_BETWEEN_MODULES.name(), 7);
    String id = runtime.startProcessInstanceByKey(AcademyVariables.PLAN_PROCESS_KEY, plan).getId();
    Jobs.runDue(management);
    return id;
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
