package org.reversementoring.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.reversementoring.common.Language;
import org.reversementoring.participant.PersonLanguage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo's organizer in headless Chromium (README "Program organizers"): Paula adds a topic on
 * the program content page; Zoë, applying in Tasklist, can choose it in the application form at
 * once (no restart); Otto, a process owner, reads the change with who made it. Screenshots land in
 * target/e2e/ (10-… to 13-…).
 */
@ActiveProfiles("demo")
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties =
    "spring.datasource.url=jdbc:h2:mem:organizer-tour;DB_CLOSE_DELAY=-1")
class OrganizerTourE2E {

  private static final int HTTP_PORT = freePort();
  private static final int SMTP_PORT = freePort();

  @DynamicPropertySource
  static void ports(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> HTTP_PORT);
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("reverse-mentoring.base-url", () -> "http://localhost:" + HTTP_PORT);
  }

  @Autowired PersonLanguage languages;

  Browser browser;
  ContentPage content;
  Tasklist tasklist;

  @RegisterExtension
  AfterTestExecutionCallback screenshotOnFailure =
      context -> context.getExecutionException().ifPresent(failure -> browser.screenshot("failure-organizer"));

  @BeforeEach
  void openBrowser() {
    browser = new Browser("http://localhost:" + HTTP_PORT);
    content = new ContentPage(browser);
    tasklist = new Tasklist(browser);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void anOrganizerAddsATopicThatTheApplicationFormOffersAtOnce() {
    languages.change("zoe", Language.EN);
    content.open();
    browser.logIn("paula");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Program content");
    content.addTopic("quantum-computing", "Quantum computing", "Quantencomputer",
        "What qubits can and cannot do.", "Was Qubits können und was nicht.");
    assertThat(content.saved()).isEqualTo("Saved.");
    assertThat(content.topicRow("quantum-computing")).contains("Quantum computing", "Quantencomputer", "offered");
    browser.screenshot("10-organizer-adds-topic");

    browser.logOut();
    tasklist.open();
    browser.logIn("zoe");
    tasklist.startProcess("Mentor recruitment");
    assertThat(tasklist.labels()).contains("Digital topics you can teach");
    tasklist.choose("Quantum computing");
    assertThat(tasklist.input("Quantum computing").isSelected()).as("the new topic is a choice of the form").isTrue();
    assertThat(tasklist.input("AI tools").isSelected()).isFalse();
    tasklist.scrollTo("Quantum computing");
    browser.screenshot("11-application-offers-new-topic");

    browser.logOut();
    content.open();
    browser.logIn("otto");
    assertThat(browser.driver.findElements(By.id("add-topic"))).as("process owners read, they do not edit").isEmpty();
    content.openHistory();
    assertThat(content.changes()).first().asString()
        .contains("paula", "Topic quantum-computing: added", "\"nameDe\":\"Quantencomputer\"");
    browser.screenshot("12-process-owner-reads-history");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
