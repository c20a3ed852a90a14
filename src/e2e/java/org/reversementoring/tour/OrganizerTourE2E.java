package org.reversementoring.tour;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reversementoring.common.Language;
import org.reversementoring.participant.PersonLanguage;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's organizer in headless Chromium (README "Program organizers"): Paula adds a topic on
 * the program content page; Zoë, applying in Tasklist, can choose it in the application form at
 * once (no restart); Otto, a process owner, reads the change with who made it. Screenshots:
 * target/e2e/OrganizerTourE2E/ (10-… to 12-…).
 */
class OrganizerTourE2E extends DemoAppBrowserTest {

  @Autowired PersonLanguage languages;

  ContentPage content;

  @BeforeEach
  void openContentPage() {
    content = new ContentPage(browser);
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
}
