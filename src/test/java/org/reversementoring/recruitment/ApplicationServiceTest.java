package org.reversementoring.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
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
import org.reversementoring.support.DomainTestBeans;
import org.reversementoring.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application service on the real schema (Flyway, validated by Hibernate) in H2. Tests run
 * without a surrounding transaction, so every service call commits or rolls back on its own as it
 * does in the app, and a refusal is observable as "nothing stored".
 */
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ApplicationService.class, ApplicationSummary.class, ReferenceNumbers.class, InputValidator.class,
    TopicCatalogue.class, DomainTestBeans.class})
class ApplicationServiceTest {

  static final Instant START = DomainTestBeans.START;

  static final String MOTIVATION = "I explain connected-car apps to my grandparents every week.";

  @Autowired ApplicationService service;
  @Autowired ApplicationSummary summary;
  @Autowired MentorRepository mentors;
  @Autowired MentorApplicationRepository applications;
  @Autowired MovableClock clock;
  @Autowired DataSource dataSource;

  @BeforeEach
  void emptyTables() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("delete from mentor_application");
    jdbc.update("delete from mentor");
    jdbc.update("delete from reference_counter");
    clock.set(START);
  }

  @Test
  void numbersApplicationsPerYearOfTheClockWithoutGaps() {
    RegisteredApplication first = service.register(form("anna@example.com").build());
    RegisteredApplication second = service.register(form("ben@example.com").build());

    assertThat(first.number()).isEqualTo("RMA-2031-0001");
    assertThat(second.number()).isEqualTo("RMA-2031-0002");
    assertThat(service.find(second.applicationId()).getNumber()).isEqualTo("RMA-2031-0002");
    assertThat(service.findByNumber("RMA-2031-0001")).get()
        .extracting(a -> a.getMentor().getEmail()).isEqualTo("anna@example.com");
  }

  @Test
  void numbersStartAgainInTheClocksNewYear() {
    service.register(form("anna@example.com").build());
    clock.set(Instant.parse("2032-01-02T09:00:00Z"));

    assertThat(service.register(form("ben@example.com").build()).number())
        .isEqualTo("RMA-2032-0001");
  }

  @Test
  void refusesASecondOpenApplicationOfTheSameAddressIgnoringCase() {
    RegisteredApplication first = service.register(form("zoe.mueller@example.com").build());

    assertThatThrownBy(() -> service.register(form("Zoe.Mueller@EXAMPLE.com")
            .motivation("Second try").build()))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith("email:");

    assertThat(applications.count()).isEqualTo(1);
    assertThat(mentors.count()).isEqualTo(1);
    assertThat(service.find(first.applicationId()).getMotivation()).isEqualTo(MOTIVATION);
    // the refusal used up no number
    assertThat(service.register(form("ben@example.com").build()).number())
        .isEqualTo("RMA-2031-0002");
  }

  @Test
  void refusesASecondApplicationWhileTheFirstIsInReviewOrInterview() {
    RegisteredApplication first = service.register(form("anna@example.com").build());
    service.changeStatus(first.applicationId(), ApplicationStatus.IN_REVIEW, null);
    assertThatThrownBy(() -> service.register(form("anna@example.com").build()))
        .hasMessageStartingWith("email:");

    service.changeStatus(first.applicationId(), ApplicationStatus.INTERVIEW, null);
    assertThatThrownBy(() -> service.register(form("anna@example.com").build()))
        .hasMessageStartingWith("email:");
    assertThat(applications.count()).isEqualTo(1);
  }

  @Test
  void acceptsANewApplicationAfterRejectionAndKeepsThePerson() {
    RegisteredApplication first = service.register(form("anna@example.com").build());
    service.changeStatus(first.applicationId(), ApplicationStatus.REJECTED, "Too few topics");

    RegisteredApplication second = service.register(form("Anna@Example.com")
        .department("Battery cells").build());

    assertThat(second.number()).isEqualTo("RMA-2031-0002");
    assertThat(mentors.count()).isEqualTo(1);
    MentorApplication stored = service.find(second.applicationId());
    assertThat(stored.getMentor().getId())
        .isEqualTo(service.find(first.applicationId()).getMentor().getId());
    assertThat(stored.getMentor().getDepartment()).isEqualTo("Battery cells");
    assertThat(stored.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(second.earlierParticipations()).isZero();
  }

  @Test
  void waitlistPositionsFollowTheOrderOfWaitlisting() {
    RegisteredApplication anna = service.register(form("anna@example.com").build());
    RegisteredApplication ben = service.register(form("ben@example.com").build());

    clock.advance(Duration.ofDays(1));
    assertThat(service.changeStatus(ben.applicationId(), ApplicationStatus.WAITLISTED, "Full"))
        .hasValue(1);
    clock.advance(Duration.ofDays(1));
    assertThat(service.changeStatus(anna.applicationId(), ApplicationStatus.WAITLISTED, "Full"))
        .hasValue(2);
    assertThat(service.changeStatus(anna.applicationId(), ApplicationStatus.IN_REVIEW, null))
        .isEmpty();
  }

  @Test
  void withdrawalEndsTheApplicationAndErasesWhatTheApplicantWrote() {
    RegisteredApplication registered = service.register(form("anna@example.com").build());
    service.changeStatus(registered.applicationId(), ApplicationStatus.IN_REVIEW,
        "Supervisor says Anna is a natural explainer");

    service.withdraw(registered.applicationId());

    MentorApplication stored = service.find(registered.applicationId());
    assertThat(stored.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(stored.getMotivation()).isNull();
    assertThat(stored.getDecisionReason()).isNull();
    assertThat(stored.getMentor().getStatus()).isEqualTo(MentorStatus.WITHDRAWN);
    // withdrawn is not open: the person may apply again, and is an applicant again
    RegisteredApplication again = service.register(form("anna@example.com").build());
    assertThat(again.number()).isEqualTo("RMA-2031-0002");
    assertThat(service.find(again.applicationId()).getMentor().getStatus()).isEqualTo(MentorStatus.APPLICANT);
  }

  @Test
  void selectionMakesTheApprenticeAMentorAndCountsAsEarlierParticipation() {
    RegisteredApplication first = service.register(form("anna@example.com").build());
    assertThat(first.earlierParticipations()).isZero();

    service.changeStatus(first.applicationId(), ApplicationStatus.SELECTED, "Great fit");

    MentorApplication selected = service.find(first.applicationId());
    assertThat(selected.getStatus()).isEqualTo(ApplicationStatus.SELECTED);
    assertThat(selected.getDecisionReason()).isEqualTo("Great fit");
    assertThat(selected.getMentor().getStatus()).isEqualTo(MentorStatus.SELECTED);

    clock.advance(Duration.ofDays(200));
    RegisteredApplication next = service.register(form("anna@example.com").build());
    assertThat(next.earlierParticipations()).isEqualTo(1);

    // withdrawing the new application does not take the earlier selection away
    service.withdraw(next.applicationId());
    assertThat(service.find(next.applicationId()).getMentor().getStatus())
        .isEqualTo(MentorStatus.SELECTED);
  }

  @Test
  void storesNamesWithAccentsAndPolishLettersUnchanged() {
    RegisteredApplication registered = service.register(form("zoe@example.com")
        .firstName("Zoë").lastName("Łukasiewicz-Müller").location("Kraków").build());

    Mentor mentor = service.find(registered.applicationId()).getMentor();
    assertThat(mentor.getFirstName()).isEqualTo("Zoë");
    assertThat(mentor.getLastName()).isEqualTo("Łukasiewicz-Müller");
    assertThat(mentor.getFullName()).isEqualTo("Zoë Łukasiewicz-Müller");
    assertThat(mentor.getLocation()).isEqualTo("Kraków");
    assertThat(summary.of(registered.applicationId(), Language.EN)).get(STRING)
        .contains("Zoë Łukasiewicz-Müller <zoe@example.com>");
  }

  @Test
  void keepsTopicsInTheApplicantsOrder() {
    RegisteredApplication registered = service.register(form("anna@example.com")
        .topics("online-payments", "ai-tools", "mobile-devices").build());

    assertThat(registered.topicCount()).isEqualTo(3);
    assertThat(service.find(registered.applicationId()).getTopicCodes())
        .containsExactly("online-payments", "ai-tools", "mobile-devices");
    assertThat(summary.of(registered.applicationId(), Language.EN)).get(STRING)
        .contains("Topics: Online shopping and payments, AI tools, Mobile devices");
  }

  @Test
  void summarisesTheApplicationInTheReadersLanguage() {
    RegisteredApplication registered = service.register(form("anna@example.com").language("de").build());

    assertThat(summary.of(registered.applicationId(), Language.EN)).contains(String.join("\n",
        registered.number() + ": Anna Berg <anna@example.com>",
        "Mechatronics technician, training year 2, Vehicle electronics, Munich",
        "Topics: Connected car apps, AI tools",
        "Language: German; training supervisor: sven.vogel@example.com",
        "Motivation:",
        MOTIVATION));
    assertThat(summary.of(registered.applicationId(), Language.DE)).contains(String.join("\n",
        registered.number() + ": Anna Berg <anna@example.com>",
        "Mechatronics technician, Ausbildungsjahr 2, Vehicle electronics, Munich",
        "Themen: Connected-Car-Apps, KI-Werkzeuge",
        "Sprache: Deutsch; Ausbilderin oder Ausbilder: sven.vogel@example.com",
        "Motivation:",
        MOTIVATION));
    assertThat(summary.of(registered.applicationId() + 1, Language.DE)).as("no such application").isEmpty();
  }

  @Test
  void storesTheAddressesLowerCaseAndTheChosenLanguage() {
    RegisteredApplication registered = service.register(form("Anna.Berg@Example.COM")
        .supervisorEmail("Sven.Vogel@Example.com").language("de").build());

    Mentor mentor = service.find(registered.applicationId()).getMentor();
    assertThat(mentor.getEmail()).isEqualTo("anna.berg@example.com");
    assertThat(mentor.getSupervisorEmail()).isEqualTo("sven.vogel@example.com");
    assertThat(mentor.getLanguage()).isEqualTo(Language.DE);
  }

  static Stream<Arguments> invalidForms() {
    return Stream.of(
        invalid("email", f -> f.email("anna-at-example.com")),
        invalid("email", f -> f.email("anna@localhost")),
        invalid("privacyConsent", f -> f.privacyConsent(false)),
        invalid("topics", f -> f.topics("ai-tools", "time-travel")),
        invalid("topics", f -> f.topics("ai-tools", "social-media", "ai-tools")),
        invalid("topics", f -> f.topics()),
        invalid("motivation", f -> f.motivation("x".repeat(2001))),
        invalid("motivation", f -> f.motivation("   ")),
        invalid("trainingYear", f -> f.trainingYear(0)),
        invalid("trainingYear", f -> f.trainingYear(5)),
        invalid("trainingYear", f -> f.trainingYear(null)),
        invalid("language", f -> f.language("fr")),
        invalid("language", f -> f.language(null)),
        invalid("supervisorEmail", f -> f.supervisorEmail("anna@example.com")),
        invalid("supervisorEmail", f -> f.supervisorEmail("ANNA@Example.com")),
        invalid("firstName", f -> f.firstName("")),
        invalid("birthYear", f -> f.birthYear(2018)),
        invalid("birthYear", f -> f.birthYear(1960)),
        invalid("availability", f -> f.availability(List.of("SAT-AM"))),
        invalid("availability", f -> f.availability(List.of("TUE-AM", "TUE-AM"))));
  }

  private static Arguments invalid(String field, UnaryOperator<FormBuilder> change) {
    return Arguments.of(field, change);
  }

  @ParameterizedTest(name = "{0} refused")
  @MethodSource("invalidForms")
  void refusesInvalidInputNamingTheFieldAndStoresNothing(String field,
      UnaryOperator<FormBuilder> change) {
    ApplicationForm invalidForm = change.apply(form("anna@example.com")).build();

    assertThatThrownBy(() -> service.register(invalidForm))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith(field + ":")
        .satisfies(e -> assertThat(((RejectedInputException) e).errors())
            .allSatisfy(error -> assertThat(error.field()).isEqualTo(field)));

    assertThat(applications.count()).isZero();
    assertThat(mentors.count()).isZero();
    assertThat(service.register(form("anna@example.com").build()).number())
        .isEqualTo("RMA-2031-0001");
  }

  @Test
  void acceptsTheBriefsContractWithoutYearOfBirthAndSlotsAndKeepsEarlierOnes() {
    RegisteredApplication first = service.register(form("anna@example.com").build());
    service.changeStatus(first.applicationId(), ApplicationStatus.REJECTED, "Later");
    RegisteredApplication second = service.register(form("anna@example.com").birthYear(null).availability(null).build());

    Mentor mentor = service.find(second.applicationId()).getMentor();
    assertThat(mentor.getBirthYear()).isEqualTo(2007);
    assertThat(mentor.getAvailability()).containsExactly("TUE-AM", "THU-PM");
    assertThat(service.register(form("ben@example.com").birthYear(null).availability(List.of()).build())
        .number()).isEqualTo("RMA-2031-0003");
  }

  @Test
  void acceptsTheLongestMotivationAndTheOuterTrainingYears() {
    assertThat(service.register(form("anna@example.com").motivation("x".repeat(2000))
        .trainingYear(1).build()).number()).isEqualTo("RMA-2031-0001");
    assertThat(service.register(form("ben@example.com").trainingYear(4).build()).number())
        .isEqualTo("RMA-2031-0002");
  }

  static FormBuilder form(String email) {
    return new FormBuilder().email(email);
  }

  /** A valid application; each test changes what it is about. */
  static final class FormBuilder {
    private String firstName = "Anna";
    private String lastName = "Berg";
    private String email;
    private String occupation = "Mechatronics technician";
    private Integer trainingYear = 2;
    private String department = "Vehicle electronics";
    private String location = "Munich";
    private String supervisorEmail = "sven.vogel@example.com";
    private List<String> topics = List.of("connected-car", "ai-tools");
    private String motivation = MOTIVATION;
    private String language = "en";
    private Integer birthYear = 2007;
    private List<String> availability = List.of("TUE-AM", "THU-PM");
    private boolean privacyConsent = true;

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

    FormBuilder trainingYear(Integer value) {
      trainingYear = value;
      return this;
    }

    FormBuilder department(String value) {
      department = value;
      return this;
    }

    FormBuilder location(String value) {
      location = value;
      return this;
    }

    FormBuilder supervisorEmail(String value) {
      supervisorEmail = value;
      return this;
    }

    FormBuilder topics(String... values) {
      topics = new ArrayList<>(List.of(values));
      return this;
    }

    FormBuilder motivation(String value) {
      motivation = value;
      return this;
    }

    FormBuilder language(String value) {
      language = value;
      return this;
    }

    FormBuilder birthYear(Integer value) {
      birthYear = value;
      return this;
    }

    FormBuilder availability(List<String> value) {
      availability = value;
      return this;
    }

    FormBuilder privacyConsent(boolean value) {
      privacyConsent = value;
      return this;
    }

    ApplicationForm build() {
      return new ApplicationForm(firstName, lastName, email, occupation, trainingYear, department,
          location, supervisorEmail, topics, motivation, language, birthYear, availability,
          privacyConsent);
    }
  }
}
