package org.reversementoring.tour;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** My program (/me): a person's own page, read as they read it. */
final class ProgramPage {

  private static final By CALENDAR = By.id("me-calendar");

  private final Browser browser;

  ProgramPage(Browser browser) {
    this.browser = browser;
  }

  void open() {
    browser.open("/me");
  }

  /** The page's title, once it is shown. */
  String title() {
    return browser.text(By.cssSelector("main.me h1"));
  }

  String greeting() {
    return browser.text(By.id("me-hello"));
  }

  /** The section headings, in order. */
  List<String> headings() {
    return texts(By.cssSelector("main.me h2"));
  }

  /** The whole text of a section: {@code tasks}, {@code apprentice}, {@code executive}, {@code supervised}. */
  String section(String name) {
    return browser.text(By.id("me-" + name));
  }

  /** The open tasks, as their links read. */
  List<String> openTasks() {
    return texts(By.cssSelector("#me-tasks li a"));
  }

  /** Follows a task's link into Tasklist. */
  void openTask(String name) {
    browser.click(By.xpath("//section[@id='me-tasks']//a[normalize-space()=\"" + name + "\"]"));
  }

  /** The state word (done, now, next …) on the journey's line naming this step. */
  String stateOf(String step) {
    return browser.text(By.xpath("//ol[contains(@class, 'journey')]/li[span[normalize-space()=\"" + step + "\"]]"
        + "/span[@class='journey-state']"));
  }

  /** The Academy dates, a row per module: name, date and time, room, result. */
  List<List<String>> academyDates() {
    return rows(By.cssSelector("#me-academy tr"));
  }

  /** A training supervisor's apprentice, as their row reads: name and number, status, Academy dates, tasks. */
  List<String> apprentice(String name) {
    List<List<String>> rows =
        rows(By.xpath("//section[@id='me-supervised']//tr[td[1]/strong[normalize-space()=\"" + name + "\"]]"));
    if (rows.size() != 1) {
      throw new AssertionError(rows.size() + " apprentices named " + name + " on the page");
    }
    return rows.get(0);
  }

  /** Clicks the calendar link; the file as the browser saved it. */
  Path downloadCalendar() {
    browser.scrollTo(browser.visible(CALENDAR));
    return browser.download(CALENDAR, "reverse-mentoring.ics");
  }

  String calendarLink() {
    return browser.text(CALENDAR);
  }

  private List<String> texts(By locator) {
    browser.visible(By.cssSelector("main.me"));
    return browser.driver.findElements(locator).stream().map(WebElement::getText).toList();
  }

  private List<List<String>> rows(By locator) {
    browser.visible(By.cssSelector("main.me"));
    return browser.driver.findElements(locator).stream()
        .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
        .toList();
  }
}
