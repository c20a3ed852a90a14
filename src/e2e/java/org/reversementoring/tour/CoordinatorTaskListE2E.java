package org.reversementoring.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.Jobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A coordinator's morning (README "A coordinator's day") in headless Chromium: four applications
 * and an enrollment wait, one review for six days. Carla sees each filter's count, tells the
 * entries apart by case number and label, finds Lena's application by its number, sees the
 * overdue review stand out, and reads the morning digest in the mailbox. The job executor is off:
 * the test runs the jobs, so the cases are seeded at the times it says. Screenshots:
 * target/e2e/CoordinatorTaskListE2E/.
 */
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class CoordinatorTaskListE2E extends DemoAppBrowserTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String CARLA = "carla.becker@example.com";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCoordinatorFindsOneApplicationAmongSeveralByItsNumber() {
    Instant now = Instant.now();
    String paul = reviewWaiting("Paul", "Wagner", "Logistics", now.minus(Duration.ofDays(6)));
    String jonas = reviewWaiting("Jonas", "Keller", "Paint shop", now.minus(Duration.ofDays(2)));
    String lena = reviewWaiting("Lena", "Fischer", "Aftersales", now.minus(Duration.ofDays(1)));
    String mira = reviewWaiting("Mira", "Okafor", "Press shop", now.minus(Duration.ofHours(3)));
    String executive = runtime.startProcessInstanceByKey("mentee-enrollment",
        EnrollmentFixtures.enrollment("juergen.e2e@example.com")).getBusinessKey();
    Jobs.runDue(management);

    tasklist.open();
    browser.logIn("carla");
    assertThat(tasklist.filterCount("Applications to decide")).as("four reviews and a confirmation").isEqualTo("5");
    assertThat(tasklist.filterCount("Overdue")).as("the review waiting six days").isEqualTo("1");
    browser.screenshot("coordinator-01-filters-with-counts");

    tasklist.openFilter("Applications to decide");
    List<String> entries = tasklist.entries(5);
    assertThat(tasklist.sortedBy()).startsWith("Due date");
    assertThat(entries.get(0)).as("soonest due first: the overdue one")
        .contains("Review application", paul, "Paul Wagner · Logistics · Connected car apps, AI tools");
    assertThat(entries).as("each entry says whose case it is").allSatisfy(entry -> assertThat(entry).contains("Case", "About"));
    assertThat(String.join("\n", entries)).contains(jonas + "\n", "Lena Fischer · Aftersales", mira + "\n",
        executive + "\n", "Jürgen Łęcka-Öztürk · Finance · AI tools, Social media");
    browser.screenshot("coordinator-02-applications-told-apart");

    tasklist.searchCaseNumber(lena);
    assertThat(tasklist.entries(1)).singleElement().asString()
        .contains("Review application", lena, "Lena Fischer · Aftersales · Connected car apps, AI tools");
    browser.screenshot("coordinator-03-found-by-number");
    tasklist.openTaskInList("Review application");
    assertThat(tasklist.taskName()).isEqualTo("Review application");
    assertThat(tasklist.value("Application")).startsWith(lena + ": Lena Fischer");
    browser.screenshot("coordinator-04-lenas-application");

    tasklist.open();
    tasklist.openFilter("Overdue");
    assertThat(tasklist.entries(1)).singleElement().asString().contains(paul, "Paul Wagner");
    WebElement due = browser.visible(By.cssSelector("ol.tasks-list li.task .due-date.overdue"));
    assertThat(due.getCssValue("color")).as("the overdue date stands out in red").isEqualTo("rgba(180, 35, 24, 1)");
    browser.screenshot("coordinator-05-overdue-stands-out");

    ClockUtil.setCurrentTime(Date.from(thisMorningsDigest(now)));
    runtime.startProcessInstanceByKey("coordinator-digest");
    Jobs.runDue(management);
    ClockUtil.reset();
    mailbox.open();
    assertThat(mailbox.subjectsTo(CARLA)).first().asString()
        .startsWith("Program tasks on").endsWith(": 4 waiting for you, 1 newly overdue, 0 escalated");
    browser.click(By.xpath("//tr[td[2][contains(., '" + CARLA + "')]]//a[starts-with(normalize-space(.), 'Program tasks on')]"));
    assertThat(browser.text(By.tagName("body"))).contains("Newly overdue for you (1)", paul + " · Paul Wagner",
        "Waiting for you (4)", lena + " · Lena Fischer · Aftersales");
    browser.screenshot("coordinator-06-morning-digest");
  }

  /**
   * The last 07:30 in Berlin before now: the hourly run that sends the digest. Paul's review fell
   * due within the day before it, so it is newly overdue there.
   */
  private static Instant thisMorningsDigest(Instant now) {
    var today = LocalDate.now(BERLIN).atTime(7, 30).atZone(BERLIN);
    return (today.toInstant().isAfter(now) ? today.minusDays(1) : today).toInstant();
  }

  /** An application the supervisor consented to at that time: its review waits since then. */
  private String reviewWaiting(String firstName, String lastName, String department, Instant since) {
    ClockUtil.setCurrentTime(Date.from(since));
    Map<String, Object> form = ApplicationFixtures.application(
        (firstName + "." + lastName).toLowerCase() + "@example.com");
    RecruitmentVariables.FIRST_NAME.putIn(form, firstName);
    RecruitmentVariables.LAST_NAME.putIn(form, lastName);
    RecruitmentVariables.DEPARTMENT.putIn(form, department);
    String number = runtime.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY, form).getBusinessKey();
    Jobs.runDue(management);
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId(),
        Map.of(RecruitmentVariables.SUPERVISOR_DECISION.name(), "consent"));
    Jobs.runDue(management);
    ClockUtil.reset();
    return number;
  }
}
