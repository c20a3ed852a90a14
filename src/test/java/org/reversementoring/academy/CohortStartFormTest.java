package org.reversementoring.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.support.CatalogueFixtures;

/** The start form of plan-academy-cohort: spacing, the first start's zone, refusals in the form's terms. */
class CohortStartFormTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final List<AcademyModule> MODULES = CatalogueFixtures.MODULES;

  @Test
  void theModulesFollowEveryGivenNumberOfDaysInTheConfiguredOrder() {
    CohortPlan plan = form("2031-03-03T09:00", 7).toPlan(MODULES, BERLIN);

    Instant first = Instant.parse("2031-03-03T08:00:00Z");
    assertThat(plan.moduleStarts()).containsExactly(
        entry("mentoring-basics", first),
        entry("teaching-adults", first.plus(Duration.ofDays(7))),
        entry("communication-feedback", first.plus(Duration.ofDays(14))));
    assertThat(plan).extracting(CohortPlan::name, CohortPlan::location, CohortPlan::trainerName,
            CohortPlan::trainerEmail, CohortPlan::capacity)
        .containsExactly("Spring 2031", "Academy room 3", "Tina Kramer", "tina.kramer@example.com", 12);
  }

  @Test
  void aLocalFirstStartIsMeantInTheProgramsZoneAndAnOffsetIsKept() {
    assertThat(form("2031-03-03T09:00", 1).toPlan(MODULES, BERLIN).moduleStarts().get("mentoring-basics"))
        .isEqualTo(Instant.parse("2031-03-03T08:00:00Z"));
    assertThat(form("2031-03-03T09:00", 1).toPlan(MODULES, ZoneId.of("Europe/London")).moduleStarts()
        .get("mentoring-basics")).isEqualTo(Instant.parse("2031-03-03T09:00:00Z"));
    assertThat(form("2031-03-03T09:00+05:00", 1).toPlan(MODULES, BERLIN).moduleStarts().get("mentoring-basics"))
        .isEqualTo(Instant.parse("2031-03-03T04:00:00Z"));
  }

  @Test
  void modulesKeepTheirLocalTimeAcrossTheChangeToSummerTime() {
    // Berlin changes to summer time on 30 March 2031: the third module still starts at 09:00 there
    CohortPlan plan = form("2031-03-20T09:00", 7).toPlan(MODULES, BERLIN);

    assertThat(plan.moduleStarts().get("communication-feedback"))
        .isEqualTo(Instant.parse("2031-04-03T07:00:00Z"));
  }

  @Test
  void takesOneToSixtyDaysBetweenModules() {
    assertThat(form("2031-03-03T09:00", 1).toPlan(MODULES, BERLIN).moduleStarts()).hasSize(3);
    // 120 days later is 1 July, in summer time: 09:00 in Berlin is 07:00 UTC
    assertThat(form("2031-03-03T09:00", 60).toPlan(MODULES, BERLIN).moduleStarts().get("communication-feedback"))
        .isEqualTo(Instant.parse("2031-07-01T07:00:00Z"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(ints = {0, -1, 61})
  void refusesASpacingOutOfRange(Integer days) {
    assertThatThrownBy(() -> form("2031-03-03T09:00", days).toPlan(MODULES, BERLIN))
        .isInstanceOf(RejectedInputException.class)
        .hasMessage("daysBetweenModules: must be between 1 and 60");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void refusesAMissingFirstStart(String firstStart) {
    assertThatThrownBy(() -> form(firstStart, 7).toPlan(MODULES, BERLIN))
        .hasMessage("firstModuleStart: must not be empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"next Monday", "2031-03-03", "03.03.2031 09:00", "2031-03-03T25:00"})
  void refusesAFirstStartThatIsNoDateAndTime(String firstStart) {
    assertThatThrownBy(() -> form(firstStart, 7).toPlan(MODULES, BERLIN))
        .hasMessage("firstModuleStart: must be a date and time like 2027-03-01T09:00");
  }

  @Test
  void aRefusedPlanNamesTheFormsFieldsEachMessageOnce() {
    RejectedInputException refused = new RejectedInputException(List.of(
        new FieldError("name", "must not be empty"),
        new FieldError("location", "must not be empty"),
        new FieldError("capacity", "must be between 1 and 100"),
        new FieldError("moduleStarts.mentoring-basics", "must be in the future"),
        new FieldError("moduleStarts.teaching-adults", "must be in the future"),
        new FieldError("somethingElse", "kept as it is")));

    assertThat(CohortStartForm.inFormTerms(refused).errors()).containsExactly(
        new FieldError("cohortName", "must not be empty"),
        new FieldError("cohortLocation", "must not be empty"),
        new FieldError("capacity", "must be between 1 and 100"),
        new FieldError("firstModuleStart", "must be in the future"),
        new FieldError("somethingElse", "kept as it is"));
  }

  static CohortStartForm form(String firstStart, Integer days) {
    return new CohortStartForm("Spring 2031", "Academy room 3", "Tina Kramer", "tina.kramer@example.com", 12,
        firstStart, days);
  }

  private static java.util.Map.Entry<String, Instant> entry(String key, Instant start) {
    return java.util.Map.entry(key, start);
  }
}
