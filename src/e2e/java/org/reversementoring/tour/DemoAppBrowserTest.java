package org.reversementoring.tour;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The demo app as a person meets it, for the browser tests: demo profile and users, the job
 * executor running, free HTTP and SMTP ports (so it runs beside other tests and a running app on
 * 8080, 2525, 3025) and an in-memory database of its own per test class. Each test gets a fresh
 * headless Chromium with the page objects; a failing test leaves {@code failure-<test>.png} and prints
 * what the browser showed and logged.
 */
@ActiveProfiles("demo")
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties =
    "spring.datasource.url=jdbc:h2:mem:e2e-${random.uuid};DB_CLOSE_DELAY=-1")
abstract class DemoAppBrowserTest {

  private static final int HTTP_PORT = freePort();
  private static final int SMTP_PORT = freePort();

  @DynamicPropertySource
  static void ports(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> HTTP_PORT);
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("reverse-mentoring.base-url", () -> "http://localhost:" + HTTP_PORT);
  }

  @Autowired ManagementService management;

  Browser browser;
  Tasklist tasklist;
  Mailbox mailbox;
  Cockpit cockpit;
  ProgramPage programPage;

  @BeforeAll
  static void removeOldScreenshots(TestInfo test) {
    FileSystemUtils.deleteRecursively(Browser.folderOf(test.getTestClass().orElseThrow()).toFile());
  }

  @BeforeEach
  void openBrowser(TestInfo test) {
    browser = new Browser("http://localhost:" + HTTP_PORT, Browser.folderOf(test.getTestClass().orElseThrow()));
    tasklist = new Tasklist(browser);
    mailbox = new Mailbox(browser);
    cockpit = new Cockpit(browser);
    programPage = new ProgramPage(browser);
  }

  @RegisterExtension
  AfterTestExecutionCallback screenshotOnFailure = context -> context.getExecutionException()
      .ifPresent(failure -> {
        browser.screenshot("failure-" + context.getRequiredTestMethod().getName());
        System.err.println(browser.report());
      });

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  /** Mails and asynchronously created tasks are the job executor's work: wait until it has done it. */
  void jobExecutorDone() {
    await().atMost(Duration.ofSeconds(30))
        .until(() -> management.createJobQuery().executable().count() == 0);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
