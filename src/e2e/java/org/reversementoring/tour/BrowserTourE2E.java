package org.reversementoring.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reversementoring.common.Language;
import org.reversementoring.participant.PersonLanguage;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A newcomer's first walk (README) in headless Chromium against the demo app: Lena applies in
 * Tasklist, Sven consents through the link in his mail, Carla reviews, interviews and selects,
 * Otto finds the instance in Cockpit. Run with {@code ./mvnw -Pe2e verify}; screenshots of
 * every step land in target/e2e/BrowserTourE2E/.
 */
class BrowserTourE2E extends DemoAppBrowserTest {

  private static final String LENA = "lena.fischer@example.com";
  private static final String SVEN = "sven.vogel@example.com";
  private static final String CARLA = "carla.becker@example.com";

  @Autowired PersonLanguage languages;

  /** The tour reads English: Lena and Sven, the demo's German apprentice and supervisor, choose it. */
  @BeforeEach
  void everyoneOnTheTourReadsEnglish() {
    languages.change("lena", Language.EN);
    languages.change("sven", Language.EN);
  }

  @Test
  void apprenticeAppliesSupervisorConsentsCoordinatorSelectsProcessOwnerWatches() {
    String applicationNumber = lenaAppliesInTasklist();
    svenConsentsThroughTheLinkInHisMail(applicationNumber);
    carlaReviewsInterviewsAndSelects(applicationNumber);
    ottoSeesTheInstanceInCockpit(applicationNumber);
  }

  private String lenaAppliesInTasklist() {
    tasklist.open();
    assertThat(browser.text(By.tagName("h1"))).as("Tasklist leads to the one login")
        .isEqualTo("Reverse Mentoring: log in · Anmelden");
    browser.screenshot("00-login");
    browser.logIn("lena");
    tasklist.startProcess("Mentor recruitment");
    assertThat(tasklist.formHeading()).isEqualTo("Apply as a reverse mentor");
    assertThat(tasklist.labels()).contains("First name", "Last name", "Email", "Apprenticeship occupation",
        "Training year", "Department", "Location", "Training supervisor's email",
        "Digital topics you can teach", "Why do you want to mentor an executive?", "Preferred language",
        "Year of birth");

    tasklist.type("First name", "Lena");
    tasklist.type("Last name", "Fischer");
    tasklist.type("Email", "lena.fischer-at-example.com");
    tasklist.type("Apprenticeship occupation", "Mechatronics technician");
    tasklist.type("Training year", "2");
    tasklist.type("Department", "Vehicle electronics");
    tasklist.type("Location", "Munich");
    tasklist.type("Training supervisor's email", SVEN);
    tasklist.choose("Connected car apps");
    tasklist.choose("AI tools");
    tasklist.type("Why do you want to mentor an executive?", "I explain connected-car apps to my grandparents.");
    tasklist.choose("English");
    tasklist.type("Year of birth", "2006");
    tasklist.choose("Tuesday morning");
    tasklist.choose("I agree that the program office stores my application data for the program (required)");

    assertThat(tasklist.error("Email")).isEqualTo("Field must be a valid email.");
    assertThat(tasklist.canStart()).as("Start with a bad email").isFalse();
    tasklist.scrollTo("Email");
    browser.screenshot("01-apply-bad-email");

    tasklist.type("Email", LENA);
    tasklist.awaitValid("Email");
    tasklist.submitStartForm();
    assertThat(tasklist.notification()).isEqualTo("The process has been started.");
    browser.screenshot("02-apply-started");
    jobExecutorDone();

    mailbox.open();
    String receipt = mailbox.subjectsTo(LENA).get(0);
    Matcher number = Pattern.compile("We received your application (RMA-\\d{4}-\\d{4})").matcher(receipt);
    assertThat(number.matches()).as(receipt).isTrue();
    return number.group(1);
  }

  private void svenConsentsThroughTheLinkInHisMail(String applicationNumber) {
    browser.logOut();
    mailbox.open();
    assertThat(mailbox.subjectsTo(SVEN))
        .contains("Please release Lena Fischer for reverse mentoring (" + applicationNumber + ")");
    browser.screenshot("03-mailbox-consent-request");
    mailbox.followTaskLink(SVEN, "Please release Lena Fischer");
    browser.logIn("sven");

    assertThat(tasklist.taskName()).isEqualTo("Give consent as training supervisor");
    assertThat(tasklist.value("Application"))
        .startsWith(applicationNumber + ": Lena Fischer <" + LENA + ">")
        .contains("Topics: Connected car apps, AI tools");
    tasklist.choose("I consent");
    browser.screenshot("04-supervisor-consents");
    tasklist.complete();
    jobExecutorDone();
  }

  private void carlaReviewsInterviewsAndSelects(String applicationNumber) {
    browser.logOut();
    mailbox.open();
    mailbox.followTaskLink(CARLA, "New application to review: " + applicationNumber + " (Lena Fischer)");
    browser.logIn("carla");

    assertThat(tasklist.taskName()).isEqualTo("Review application");
    assertThat(tasklist.value("Eligibility check")).isEqualTo("Eligible: meets every criterion.");
    tasklist.claim();
    tasklist.choose("Invite to interview");
    tasklist.type("Reason (shown to the applicant if rejected)", "Clear motivation, two strong topics.");
    browser.screenshot("05-coordinator-reviews");
    tasklist.complete();
    jobExecutorDone();

    mailbox.open();
    assertThat(mailbox.subjectsTo(LENA)).first()
        .isEqualTo("Your application " + applicationNumber + ": we would like to meet you");

    tasklist.open();
    tasklist.openFilter("My group tasks");
    tasklist.openTaskInList("Record interview result");
    assertThat(tasklist.taskName()).isEqualTo("Record interview result");
    tasklist.claim();
    tasklist.choose("Select as mentor");
    tasklist.type("Short justification", "Explained AI tools clearly in the interview.");
    browser.screenshot("06-coordinator-selects");
    tasklist.complete();
    jobExecutorDone();

    mailbox.open();
    assertThat(mailbox.subjectsTo(LENA))
        .contains("Welcome to Reverse Mentoring: you have been selected (" + applicationNumber + ")");
  }

  private void ottoSeesTheInstanceInCockpit(String applicationNumber) {
    browser.logOut();
    cockpit.open();
    browser.logIn("otto");
    cockpit.openInstance("Mentor recruitment", applicationNumber);

    assertThat(cockpit.information("Business Key")).isEqualTo(applicationNumber);
    assertThat(cockpit.elementLabel("CallActivity_QualifyAtAcademy")).isEqualTo("Qualify at the Academy");
    assertThat(cockpit.runningBadge("CallActivity_QualifyAtAcademy")).isEqualTo("1");
    browser.screenshot("07-cockpit-instance");
  }
}
