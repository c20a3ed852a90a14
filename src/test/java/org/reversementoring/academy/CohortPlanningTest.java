package org.reversementoring.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reversementoring.academy.AcademyFixtures.START;
import static org.reversementoring.academy.AcademyFixtures.daysAfterStart;
import static org.reversementoring.academy.AcademyFixtures.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reversementoring.academy.AcademyFixtures.PlanBuilder;
import org.reversementoring.common.RejectedInputException;
import org.springframework.beans.factory.annotation.Autowired;

@AcademyDataTest
class CohortPlanningTest {

  static final Instant FIRST = daysAfterStart(14);

  @Autowired CohortPlanning planning;
  @Autowired AcademyFixtures fixtures;

  @BeforeEach
  void empty() {
    fixtures.reset();
  }

  @Test
  void storesTheCohortWithADatePerModuleInTheConfiguredOrder() {
    AcademyCohort planned = planning.plan(plan("  Spring 2031 ", FIRST)
        .trainerEmail("Tina.Kramer@Example.com").capacity(8).build());

    AcademyCohort stored = planning.find(planned.getId());
    assertThat(stored.getName()).isEqualTo("Spring 2031");
    assertThat(stored.getTrainerName()).isEqualTo("Tina Kramer");
    assertThat(stored.getTrainerEmail()).isEqualTo("tina.kramer@example.com");
    assertThat(stored.getLocation()).isEqualTo("Academy, room 3.14, Munich");
    assertThat(stored.getCapacity()).isEqualTo(8);
    assertThat(stored.getSeatsTaken()).isZero();
    assertThat(stored.getCreatedAt()).isEqualTo(START);
    assertThat(stored.moduleKeys())
        .containsExactly("mentoring-basics", "teaching-adults", "communication-feedback");
    assertThat(stored.getModules()).allSatisfy(module ->
        assertThat(Duration.between(module.getStartsAt(), module.getEndsAt())).hasHours(3));
    assertThat(stored.getStartsAt()).isEqualTo(FIRST);
    assertThat(stored.getEndsAt()).isEqualTo(FIRST.plus(Duration.ofDays(2)).plus(Duration.ofHours(3)));
  }

  @Test
  void acceptsAnOnlineLinkAndAModuleStartingWhenThePreviousEnds() {
    AcademyCohort planned = planning.plan(plan("Online, one day", FIRST)
        .location("https://meet.example.com/academy-2031?pwd=" + "x".repeat(200))
        .moduleStart("teaching-adults", FIRST.plus(Duration.ofHours(3)))
        .moduleStart("communication-feedback", FIRST.plus(Duration.ofHours(6)))
        .capacity(1).build());

    assertThat(planning.find(planned.getId()).getEndsAt()).isEqualTo(FIRST.plus(Duration.ofHours(9)));
  }

  @Test
  void acceptsTheOuterCapacitiesAndTheLongestTexts() {
    planning.plan(plan("n".repeat(100), FIRST).location("l".repeat(300)).capacity(100).build());
    planning.plan(plan("Small", FIRST).capacity(1).build());

    assertThat(fixtures.count("academy_cohort")).isEqualTo(2);
  }

  static Stream<Arguments> invalidPlans() {
    return Stream.of(
        invalid("name", p -> p.name("  ")),
        invalid("name", p -> p.name(null)),
        invalid("name", p -> p.name("n".repeat(101))),
        invalid("location", p -> p.location("")),
        invalid("location", p -> p.location("l".repeat(301))),
        invalid("trainerName", p -> p.trainerName(" ")),
        invalid("trainerEmail", p -> p.trainerEmail("tina-at-example.com")),
        invalid("trainerEmail", p -> p.trainerEmail("tina@localhost")),
        invalid("trainerEmail", p -> p.trainerEmail(null)),
        invalid("capacity", p -> p.capacity(0)),
        invalid("capacity", p -> p.capacity(-3)),
        invalid("capacity", p -> p.capacity(101)),
        invalid("capacity", p -> p.capacity(null)),
        invalid("moduleStarts", PlanBuilder::noModuleStarts),
        invalid("moduleStarts", p -> p.moduleStart("time-travel", FIRST.plus(Duration.ofDays(5)))),
        invalid("moduleStarts.teaching-adults", p -> p.withoutModule("teaching-adults")),
        invalid("moduleStarts.mentoring-basics", p -> p.moduleStart("mentoring-basics",
            START.minus(Duration.ofHours(1)))),
        invalid("moduleStarts.mentoring-basics", p -> p.moduleStart("mentoring-basics", START)),
        // before the module it follows
        invalid("moduleStarts.teaching-adults", p -> p.moduleStart("teaching-adults",
            FIRST.minus(Duration.ofDays(1)))),
        // starts while the module before it still runs
        invalid("moduleStarts.teaching-adults", p -> p.moduleStart("teaching-adults",
            FIRST.plus(Duration.ofHours(2)))),
        invalid("moduleStarts.communication-feedback", p -> p.moduleStart("communication-feedback",
            p.start("teaching-adults"))));
  }

  private static Arguments invalid(String field, UnaryOperator<PlanBuilder> change) {
    return Arguments.of(field, change);
  }

  @ParameterizedTest(name = "{0} refused")
  @MethodSource("invalidPlans")
  void refusesAnInvalidPlanNamingTheFieldAndStoresNothing(String field,
      UnaryOperator<PlanBuilder> change) {
    CohortPlan invalidPlan = change.apply(plan("Spring 2031", FIRST)).build();

    assertThatThrownBy(() -> planning.plan(invalidPlan))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith(field + ":")
        .satisfies(e -> assertThat(((RejectedInputException) e).errors())
            .allSatisfy(error -> assertThat(error.field()).isEqualTo(field)));

    assertThat(fixtures.count("academy_cohort")).isZero();
    assertThat(fixtures.count("academy_cohort_module")).isZero();
  }

  @Test
  void saysWhenTheModuleBeforeEnds() {
    assertThatThrownBy(() -> planning.plan(plan("Spring 2031", FIRST)
        .moduleStart("teaching-adults", FIRST.plus(Duration.ofHours(2))).build()))
        // FIRST is 17 March 2031, 10:00 in Berlin; the first module ends at 13:00
        .hasMessage("moduleStarts.teaching-adults: must start after 'Mentoring basics' ends"
            + " (17 Mar 2031 13:00)");
  }

  @Test
  void namesEveryRefusedModuleDate() {
    assertThatThrownBy(() -> planning.plan(plan("Spring 2031", FIRST)
        .moduleStart("mentoring-basics", START.minus(Duration.ofDays(1)))
        .withoutModule("communication-feedback").build()))
        .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.errors())
            .extracting(error -> error.field())
            .containsExactlyInAnyOrder("moduleStarts.mentoring-basics",
                "moduleStarts.communication-feedback"));
  }

  @Test
  void plansFromTheStartFormWithALocalTimeInTheProgramsZone() {
    // FIRST is 17 March 2031, 10:00 in Berlin, the clock's zone
    AcademyCohort planned = planning.plan(new CohortStartForm("Spring 2031", "Academy, room 3.14, Munich",
        "Tina Kramer", "tina.kramer@example.com", 8, "2031-03-17T10:00", 7));

    AcademyCohort stored = planning.find(planned.getId());
    assertThat(stored.getName()).isEqualTo("Spring 2031");
    assertThat(stored.getCapacity()).isEqualTo(8);
    assertThat(stored.getModules()).extracting(CohortModule::getStartsAt)
        // the third module is in summer time (from 30 March): still 10:00 in Berlin
        .containsExactly(FIRST, FIRST.plus(Duration.ofDays(7)), Instant.parse("2031-03-31T08:00:00Z"));
  }

  @Test
  void aRefusedStartFormNamesTheFormsFieldsAndStoresNothing() {
    assertThatThrownBy(() -> planning.plan(new CohortStartForm(" ", "Academy", "Tina Kramer",
        "tina.kramer@example.com", 0, "2031-03-17T10:00", 1)))
        .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.errors())
            .extracting(error -> error.field())
            .containsExactlyInAnyOrder("cohortName", "capacity"));
    // START is 3 March 2031, 10:00 in Berlin: the first module would start an hour ago
    assertThatThrownBy(() -> planning.plan(new CohortStartForm("Spring 2031", "Academy", "Tina Kramer",
        "tina.kramer@example.com", 8, "2031-03-03T09:00", 1)))
        .hasMessage("firstModuleStart: must be in the future");
    assertThatThrownBy(() -> planning.plan(new CohortStartForm("Spring 2031", "Academy", "Tina Kramer",
        "tina.kramer@example.com", 8, "2031-03-17T10:00", 61)))
        .hasMessage("daysBetweenModules: must be between 1 and 60");

    assertThat(fixtures.count("academy_cohort")).isZero();
  }

  @Test
  void refusesANameInUseIgnoringCaseAndStoresNothing() {
    planning.plan(plan("Spring 2031", FIRST).build());

    assertThatThrownBy(() -> planning.plan(plan(" SPRING 2031", daysAfterStart(30)).build()))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith("name:");
    assertThat(fixtures.count("academy_cohort")).isEqualTo(1);
    assertThat(fixtures.count("academy_cohort_module")).isEqualTo(3);
  }
}
