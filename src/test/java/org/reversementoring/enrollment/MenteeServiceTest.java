package org.reversementoring.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reversementoring.common.InputValidator;
import org.reversementoring.common.Language;
import org.reversementoring.common.ReferenceNumbers;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.content.TopicCatalogue;
import org.reversementoring.support.CatalogueFixtures;
import org.reversementoring.support.DomainTestBeans;
import org.reversementoring.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The enrollment service on the real schema (Flyway, validated by Hibernate) in H2. Tests run
 * without a surrounding transaction, so every service call commits or rolls back on its own as it
 * does in the app, and a refusal is observable as "nothing stored".
 */
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({MenteeService.class, MenteeSummary.class, ReferenceNumbers.class, InputValidator.class,
    TopicCatalogue.class, DomainTestBeans.class})
class MenteeServiceTest {

  static final Instant START = DomainTestBeans.START;

  @Autowired MenteeService service;
  @Autowired MenteeSummary summary;
  @Autowired MenteeRepository mentees;
  @Autowired MovableClock clock;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;

  @BeforeEach
  void emptyTables() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("delete from mentee");
    jdbc.update("delete from reference_counter");
    clock.set(START);
  }

  @Test
  void numbersEnrollmentsPerYearOfTheClockWithoutGaps() {
    RegisteredMentee first = service.register(form("clara@example.com").build());
    RegisteredMentee second = service.register(form("dieter@example.com").build());

    assertThat(first.number()).isEqualTo("RME-2031-0001");
    assertThat(second.number()).isEqualTo("RME-2031-0002");
    assertThat(service.find(second.menteeId()).getNumber()).isEqualTo("RME-2031-0002");
    assertThat(service.findByNumber("RME-2031-0001")).get()
        .extracting(Mentee::getEmail).isEqualTo("clara@example.com");
    assertThat(service.findByNumber("RME-2031-0099")).isEmpty();

    clock.set(Instant.parse("2032-01-02T09:00:00Z"));
    assertThat(service.register(form("erika@example.com").build()).number())
        .isEqualTo("RME-2032-0001");
  }

  @Test
  void storesWhatTheExecutiveGaveAndARegisteredStatus() {
    RegisteredMentee registered = service.register(form("Clara.Hoffmann@Example.COM")
        .managementLevel("director").birthYear(1968).language("de")
        .availability("TUE-AM", "THU-PM").exclusions("Sven.Vogel@Example.com", "sven.vogel@example.com",
            "ute@example.com").build());

    Mentee mentee = service.find(registered.menteeId());
    assertThat(mentee.getEmail()).isEqualTo("clara.hoffmann@example.com");
    assertThat(mentee.getManagementLevel()).isEqualTo("director");
    assertThat(mentee.getBirthYear()).isEqualTo(1968);
    assertThat(mentee.getLanguage()).isEqualTo("de");
    assertThat(mentee.getLanguageValue()).isEqualTo(Language.DE);
    assertThat(mentee.getAvailability()).containsExactly("TUE-AM", "THU-PM");
    assertThat(mentee.getExclusions()).containsExactly("sven.vogel@example.com", "ute@example.com");
    assertThat(mentee.getStatus()).isEqualTo(MenteeStatus.REGISTERED);
    assertThat(mentee.getStatus().isOpen()).isTrue();
    assertThat(mentee.getRegisteredAt()).isEqualTo(START);
    assertThat(mentee.getStatusChangedAt()).isEqualTo(START);
    assertThat(mentee.getDecisionReason()).isNull();
    assertThat(summary.of(registered.menteeId(), Language.EN)).get(STRING)
        .startsWith("RME-2031-0001: Clara Hoffmann <clara.hoffmann@example.com>\n")
        .contains("Director, Finance, Munich, born 1968")
        .contains("Language: German; available: TUE-AM, THU-PM")
        .contains("Exclusions: 2 people");
    assertThat(summary.of(registered.menteeId(), Language.DE)).get(STRING)
        .startsWith("RME-2031-0001: Clara Hoffmann <clara.hoffmann@example.com>\n")
        .contains("Bereichsleitung, Finance, Munich, Jahrgang 1968")
        .contains("Sprache: Deutsch; verfügbar: TUE-AM, THU-PM")
        .contains("Ausschlüsse: 2 Personen");
  }

  @Test
  void acceptsNoExclusionsAtAll() {
    RegisteredMentee registered = service.register(form("clara@example.com").exclusions((List<String>) null).build());

    assertThat(service.find(registered.menteeId()).getExclusions()).isEmpty();
    assertThat(summary.of(registered.menteeId(), Language.EN)).get(STRING).contains("Exclusions: none");
    assertThat(summary.of(registered.menteeId(), Language.DE)).get(STRING).contains("Ausschlüsse: keine");
  }

  @Test
  void attachesTheProcessAndTheAccount() {
    RegisteredMentee registered = service.register(form("clara@example.com").build());

    service.attachToProcess(registered.menteeId(), "pi-42", "clara.hoffmann");

    Mentee mentee = service.find(registered.menteeId());
    assertThat(mentee.getProcessInstanceId()).isEqualTo("pi-42");
    assertThat(mentee.getUserId()).isEqualTo("clara.hoffmann");
  }

  @Test
  void refusesASecondOpenEnrollmentOfTheSameAddressIgnoringCase() {
    RegisteredMentee first = service.register(form("clara.hoffmann@example.com").build());

    assertThatThrownBy(() -> service.register(form("Clara.Hoffmann@EXAMPLE.com")
            .department("Purchasing").build()))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith("email:");

    // still refused once confirmed: waitlisted is open too
    service.confirm(first.menteeId());
    assertThatThrownBy(() -> service.register(form("clara.hoffmann@example.com").build()))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith("email:");

    assertThat(mentees.count()).isEqualTo(1);
    assertThat(service.find(first.menteeId()).getDepartment()).isEqualTo("Finance");
    // the refusals used up no number
    assertThat(service.register(form("dieter@example.com").build()).number())
        .isEqualTo("RME-2031-0002");
  }

  @Test
  void acceptsANewEnrollmentAfterADecline() {
    RegisteredMentee first = service.register(form("clara@example.com").build());
    service.decline(first.menteeId(), "Not an executive yet");

    RegisteredMentee second = service.register(form("Clara@Example.com").department("Purchasing").build());

    assertThat(second.number()).isEqualTo("RME-2031-0002");
    assertThat(second.menteeId()).isNotEqualTo(first.menteeId());
    assertThat(service.find(second.menteeId()).getStatus()).isEqualTo(MenteeStatus.REGISTERED);
    assertThat(service.find(second.menteeId()).getDepartment()).isEqualTo("Purchasing");
    assertThat(service.find(first.menteeId()).getStatus()).isEqualTo(MenteeStatus.DECLINED);
    assertThat(mentees.count()).isEqualTo(2);
    // and the new one is the open one again
    assertThatThrownBy(() -> service.register(form("clara@example.com").build()))
        .hasMessageStartingWith("email:");
  }

  @Test
  void simultaneousEnrollmentsOfOneAddressLeaveOneOpen() throws Exception {
    CountDownLatch firstInserted = new CountDownLatch(1);
    CountDownLatch secondStarted = new CountDownLatch(1);
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    CompletableFuture<RegisteredMentee> first = CompletableFuture.supplyAsync(() ->
        transaction.execute(status -> {
          RegisteredMentee registered = service.register(form("clara@example.com").build());
          firstInserted.countDown();
          await(secondStarted);
          sleep(300); // let the second reach its insert while this one is uncommitted
          return registered;
        }));
    assertThat(firstInserted.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(() -> {
      secondStarted.countDown();
      try {
        service.register(form("Clara@example.com").build());
        return null;
      } catch (RuntimeException refused) {
        return refused;
      }
    });

    assertThat(first.get(20, TimeUnit.SECONDS).number()).isNotNull();
    assertThat(second.get(20, TimeUnit.SECONDS))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith("email:");
    assertThat(mentees.count()).isEqualTo(1);
  }

  @Test
  void theSchemaItselfAllowsOnlyOneOpenRowPerAddress() {
    service.register(form("clara@example.com").build());
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    assertThatThrownBy(() -> jdbc.update("""
        insert into mentee (number, email, open_email, first_name, last_name, department,
          management_level, birth_year, topics, language, location, availability, exclusions,
          status, registered_at, status_changed_at, version)
        select 'RME-2031-9999', email, open_email, first_name, last_name, department,
          management_level, birth_year, topics, language, location, availability, exclusions,
          status, registered_at, status_changed_at, 0 from mentee"""))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void confirmingGivesWaitlistPositionsInTheOrderOfConfirmation() {
    RegisteredMentee clara = service.register(form("clara@example.com").build());
    RegisteredMentee dieter = service.register(form("dieter@example.com").build());
    RegisteredMentee erika = service.register(form("erika@example.com").build());

    clock.advance(Duration.ofHours(1));
    assertThat(service.confirm(dieter.menteeId())).isEqualTo(1);
    clock.advance(Duration.ofHours(1));
    assertThat(service.confirm(clara.menteeId())).isEqualTo(2);
    clock.advance(Duration.ofHours(1));
    assertThat(service.confirm(erika.menteeId())).isEqualTo(3);

    assertThat(service.find(clara.menteeId()).getStatus()).isEqualTo(MenteeStatus.WAITLISTED);
    assertThat(service.find(clara.menteeId()).getStatusChangedAt()).isEqualTo(START.plus(Duration.ofHours(2)));
    // confirming again (a retried step) keeps the place in the queue
    clock.advance(Duration.ofHours(1));
    assertThat(service.confirm(dieter.menteeId())).isEqualTo(1);
  }

  @Test
  void theWaitlistIsTheQueueInOrderOfConfirmationWithoutDeclinedOrUnconfirmed() {
    RegisteredMentee clara = service.register(form("clara@example.com").build());
    RegisteredMentee dieter = service.register(form("dieter@example.com").build());
    RegisteredMentee erika = service.register(form("erika@example.com").build());
    RegisteredMentee frank = service.register(form("frank@example.com").build());
    service.register(form("gisela@example.com").build());

    clock.advance(Duration.ofMinutes(5));
    service.confirm(erika.menteeId());
    clock.advance(Duration.ofMinutes(5));
    service.confirm(clara.menteeId());
    clock.advance(Duration.ofMinutes(5));
    service.confirm(frank.menteeId());
    service.decline(dieter.menteeId(), "Left the company");
    clock.advance(Duration.ofMinutes(5));
    service.decline(clara.menteeId(), "Changed role");

    assertThat(service.waitlist()).extracting(Mentee::getEmail)
        .containsExactly("erika@example.com", "frank@example.com");
    // a declined mentee frees their place: the next confirmed counts behind the remaining ones
    assertThat(service.confirm(service.findByNumber("RME-2031-0005").orElseThrow().getId())).isEqualTo(3);
  }

  @Test
  void aMenteeWhoseTandemEndedForARematchWaitsFirstAgainWithTheirEnrollmentOpen() {
    RegisteredMentee clara = service.register(form("clara@example.com").build());
    RegisteredMentee dieter = service.register(form("dieter@example.com").build());
    RegisteredMentee erika = service.register(form("erika@example.com").build());
    service.confirm(clara.menteeId());
    clock.advance(Duration.ofMinutes(5));
    service.confirm(dieter.menteeId());
    clock.advance(Duration.ofMinutes(5));
    service.confirm(erika.menteeId());
    service.markMatched(clara.menteeId());
    assertThat(service.waitlist()).extracting(Mentee::getEmail).containsExactly("dieter@example.com", "erika@example.com");

    clock.advance(Duration.ofDays(60));
    service.returnToWaitlistHead(clara.menteeId());

    assertThat(service.waitlist()).extracting(Mentee::getEmail)
        .containsExactly("clara@example.com", "dieter@example.com", "erika@example.com");
    assertThat(service.waitlistPosition(clara.menteeId())).isEqualTo(1);
    Mentee back = service.find(clara.menteeId());
    assertThat(back.getStatus()).isEqualTo(MenteeStatus.WAITLISTED);
    assertThat(back.getStatusChangedAt()).isEqualTo(service.find(dieter.menteeId()).getStatusChangedAt().minusSeconds(1));
    assertThat(mentees.existsByOpenEmail("clara@example.com")).as("the enrollment is open again").isTrue();
    assertThatThrownBy(() -> service.register(form("clara@example.com").build()))
        .isInstanceOf(RejectedInputException.class).hasMessageStartingWith("email:");

    // returning again (a retried step) keeps the place
    clock.advance(Duration.ofHours(1));
    service.returnToWaitlistHead(clara.menteeId());
    assertThat(service.find(clara.menteeId()).getStatusChangedAt()).isEqualTo(back.getStatusChangedAt());
    assertThat(service.waitlistPosition(clara.menteeId())).isEqualTo(1);
  }

  @Test
  void withNobodyWaitingTheReturnedMenteeWaitsFromNowAndOnlyAMatchedMenteeCanReturn() {
    RegisteredMentee clara = service.register(form("clara@example.com").build());
    RegisteredMentee dieter = service.register(form("dieter@example.com").build());
    service.confirm(clara.menteeId());
    service.markMatched(clara.menteeId());
    clock.advance(Duration.ofDays(1));

    service.returnToWaitlistHead(clara.menteeId());
    assertThat(service.find(clara.menteeId()).getStatusChangedAt()).isEqualTo(START.plus(Duration.ofDays(1)));
    assertThatThrownBy(() -> service.returnToWaitlistHead(dieter.menteeId()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("REGISTERED");
  }

  @Test
  void declineStoresTheReasonAndClosesTheEnrollment() {
    RegisteredMentee registered = service.register(form("clara@example.com").build());
    clock.advance(Duration.ofDays(2));

    service.decline(registered.menteeId(), "  The program is for executives with staff responsibility.  ");

    Mentee mentee = service.find(registered.menteeId());
    assertThat(mentee.getStatus()).isEqualTo(MenteeStatus.DECLINED);
    assertThat(mentee.getStatus().isOpen()).isFalse();
    assertThat(mentee.getDecisionReason()).isEqualTo("The program is for executives with staff responsibility.");
    assertThat(mentee.getStatusChangedAt()).isEqualTo(START.plus(Duration.ofDays(2)));
    assertThatThrownBy(() -> service.confirm(registered.menteeId())).isInstanceOf(IllegalStateException.class);
    assertThat(service.waitlist()).isEmpty();
  }

  @Test
  void refusesAnOverlongDeclineReasonAndKeepsTheEnrollmentOpen() {
    RegisteredMentee registered = service.register(form("clara@example.com").build());

    assertThatThrownBy(() -> service.decline(registered.menteeId(), "x".repeat(2001)))
        .isInstanceOf(RejectedInputException.class).hasMessageStartingWith("reason:");
    assertThat(service.find(registered.menteeId()).getStatus()).isEqualTo(MenteeStatus.REGISTERED);

    service.decline(registered.menteeId(), "x".repeat(2000));
    assertThat(service.find(registered.menteeId()).getDecisionReason()).hasSize(2000);
  }

  @Test
  void storesNamesWithAccentsAndPolishLettersUnchanged() {
    RegisteredMentee registered = service.register(form("zoe@example.com")
        .firstName("Zoë").lastName("Łukasiewicz-Müller").department("Qualitätssicherung")
        .location("Kraków").build());

    Mentee mentee = service.find(registered.menteeId());
    assertThat(mentee.getFirstName()).isEqualTo("Zoë");
    assertThat(mentee.getLastName()).isEqualTo("Łukasiewicz-Müller");
    assertThat(mentee.getFullName()).isEqualTo("Zoë Łukasiewicz-Müller");
    assertThat(mentee.getDepartment()).isEqualTo("Qualitätssicherung");
    assertThat(mentee.getLocation()).isEqualTo("Kraków");
    assertThat(summary.of(registered.menteeId(), Language.EN)).get(STRING)
        .contains("Zoë Łukasiewicz-Müller <zoe@example.com>");
  }

  @Test
  void keepsTopicsInPriorityOrder() {
    RegisteredMentee registered = service.register(form("clara@example.com")
        .topics("online-payments", "ai-tools", "mobile-devices").build());

    Mentee mentee = service.find(registered.menteeId());
    assertThat(mentee.getTopicCodes()).containsExactly("online-payments", "ai-tools", "mobile-devices");
    assertThat(summary.of(registered.menteeId(), Language.EN)).get(STRING).contains(
        "Topics (most wanted first): 1. Online shopping and payments, 2. AI tools, 3. Mobile devices");
  }

  @Test
  void acceptsTheOuterLimits() {
    List<String> allTopics = CatalogueFixtures.TOPICS;
    List<String> tenSlots = List.of("MON-AM", "MON-PM", "TUE-AM", "TUE-PM", "WED-AM", "WED-PM",
        "THU-AM", "THU-PM", "FRI-AM", "FRI-PM");
    List<String> twentyPeople = IntStream.rangeClosed(1, 20).mapToObj(i -> "p" + i + "@example.com").toList();

    assertThat(service.register(form("clara@example.com").birthYear(1940)
        .topics(allTopics.toArray(String[]::new)).availability(tenSlots.toArray(String[]::new))
        .exclusions(twentyPeople).firstName("x".repeat(100)).build()).number())
        .isEqualTo("RME-2031-0001");
    assertThat(service.register(form("dieter@example.com").birthYear(2013).managementLevel("board")
        .build()).number()).isEqualTo("RME-2031-0002");
    assertThat(service.register(form("erika@example.com").managementLevel("team-lead").build()))
        .isNotNull();
    assertThat(service.register(form("frank@example.com").managementLevel("head-of-department").build()))
        .isNotNull();
  }

  static Stream<Arguments> invalidForms() {
    List<String> elevenSlots = new ArrayList<>(List.of("MON-AM", "MON-PM", "TUE-AM", "TUE-PM",
        "WED-AM", "WED-PM", "THU-AM", "THU-PM", "FRI-AM", "FRI-PM"));
    elevenSlots.add("MON-AM");
    List<String> twentyOnePeople = IntStream.rangeClosed(1, 21).mapToObj(i -> "p" + i + "@example.com").toList();
    return Stream.of(
        invalid("firstName", f -> f.firstName("")),
        invalid("firstName", f -> f.firstName("x".repeat(101))),
        invalid("lastName", f -> f.lastName(null)),
        invalid("email", f -> f.email("clara-at-example.com")),
        invalid("email", f -> f.email("clara@localhost")),
        invalid("email", f -> f.email(null)),
        invalid("department", f -> f.department("  ")),
        invalid("department", f -> f.department("x".repeat(101))),
        invalid("location", f -> f.location("x".repeat(101))),
        invalid("managementLevel", f -> f.managementLevel("ceo")),
        invalid("managementLevel", f -> f.managementLevel("Director")),
        invalid("managementLevel", f -> f.managementLevel(null)),
        invalid("birthYear", f -> f.birthYear(null)),
        invalid("birthYear", f -> f.birthYear(1939)),
        invalid("birthYear", f -> f.birthYear(2014)),
        invalid("topics", f -> f.topics()),
        invalid("topics", f -> f.topics("ai-tools", "time-travel")),
        invalid("topics", f -> f.topics("ai-tools", "social-media", "ai-tools")),
        invalid("topics", f -> f.topics("ai-tools", null)),
        invalid("language", f -> f.language("fr")),
        invalid("language", f -> f.language(null)),
        invalid("availability", f -> f.availability()),
        invalid("availability", f -> f.availability("SAT-AM")),
        invalid("availability", f -> f.availability("tue-am")),
        invalid("availability", f -> f.availability("TUE-EVENING")),
        invalid("availability", f -> f.availability("TUE-AM", "WED-PM", "TUE-AM")),
        invalid("availability", f -> f.availability(elevenSlots.toArray(String[]::new))),
        invalid("availability", f -> f.availability((String) null)),
        invalid("exclusions", f -> f.exclusions("sven@example.com", "not-an-address")),
        invalid("exclusions", f -> f.exclusions("CLARA@example.com")),
        invalid("exclusions", f -> f.exclusions(twentyOnePeople)),
        invalid("exclusions", f -> f.exclusions(Collections.singletonList(null))));
  }

  private static Arguments invalid(String field, UnaryOperator<FormBuilder> change) {
    return Arguments.of(field, change);
  }

  @ParameterizedTest(name = "[{index}] {0} refused")
  @MethodSource("invalidForms")
  void refusesInvalidInputNamingTheFieldAndStoresNothing(String field, UnaryOperator<FormBuilder> change) {
    MenteeForm invalidForm = change.apply(form("clara@example.com")).build();

    assertThatThrownBy(() -> service.register(invalidForm))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith(field + ":")
        .satisfies(e -> assertThat(((RejectedInputException) e).errors())
            .allSatisfy(error -> assertThat(error.field()).isEqualTo(field)));

    assertThat(mentees.count()).isZero();
    assertThat(service.register(form("clara@example.com").build()).number())
        .isEqualTo("RME-2031-0001");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static FormBuilder form(String email) {
    return new FormBuilder().email(email);
  }

  /** A valid enrollment; each test changes what it is about. */
  static final class FormBuilder {
    private String firstName = "Clara";
    private String lastName = "Hoffmann";
    private String email;
    private String department = "Finance";
    private String managementLevel = "head-of-department";
    private Integer birthYear = 1971;
    private List<String> topics = List.of("ai-tools", "social-media");
    private String language = "en";
    private String location = "Munich";
    private List<String> availability = List.of("TUE-AM");
    private List<String> exclusions = List.of();

    FormBuilder firstName(String value) {
      firstName = value;
      return this;
    }

    FormBuilder lastName(String value) {
      lastName = value;
      return this;
    }

    FormBuilder email(String value) {
      email = value;
      return this;
    }

    FormBuilder department(String value) {
      department = value;
      return this;
    }

    FormBuilder managementLevel(String value) {
      managementLevel = value;
      return this;
    }

    FormBuilder birthYear(Integer value) {
      birthYear = value;
      return this;
    }

    FormBuilder topics(String... values) {
      topics = new ArrayList<>(java.util.Arrays.asList(values));
      return this;
    }

    FormBuilder language(String value) {
      language = value;
      return this;
    }

    FormBuilder location(String value) {
      location = value;
      return this;
    }

    FormBuilder availability(String... values) {
      availability = new ArrayList<>(java.util.Arrays.asList(values));
      return this;
    }

    FormBuilder exclusions(String... values) {
      exclusions = new ArrayList<>(java.util.Arrays.asList(values));
      return this;
    }

    FormBuilder exclusions(List<String> values) {
      exclusions = values;
      return this;
    }

    MenteeForm build() {
      return new MenteeForm(firstName, lastName, email, department, managementLevel, birthYear,
          topics, language, location, availability, exclusions);
    }
  }
}
