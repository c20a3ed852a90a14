package org.reversementoring.tour;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Camunda Tasklist and the Camunda Forms (form-js) it shows, addressed by what a person reads. */
final class Tasklist {

  private static final By FORM = By.cssSelector("form.fjs-form");
  private static final By TASK_CARD = By.cssSelector(".task-card");
  private static final By START = By.xpath("//div[contains(@class, 'modal-footer')]//button[normalize-space()='Start']");

  private final Browser browser;

  Tasklist(Browser browser) {
    this.browser = browser;
  }

  void open() {
    browser.open("/camunda/app/tasklist/default/");
  }

  /** Header "Start process", then the process by name; waits for its start form. */
  void startProcess(String processName) {
    browser.click(By.xpath("//a[contains(., 'Start process')]"));
    browser.click(By.xpath("//ul[@class='processes']//a[normalize-space()='" + processName + "']"));
    browser.visible(FORM);
  }

  /** Tasklist enables the start form's "Start" button only while every field is valid. */
  boolean canStart() {
    return browser.visible(START).isEnabled();
  }

  /** Waits until Tasklist enables "Start". */
  void submitStartForm() {
    browser.click(START);
  }

  String notification() {
    return browser.text(By.cssSelector(".notifications .alert .status"));
  }

  /** The header's link back to the person's program page (My program · Mein Programm). */
  void backToProgramPage() {
    browser.click(By.id("program-page-link"));
    browser.wait.until(driver -> browser.path().equals("/me"));
  }

  void openFilter(String filterName) {
    browser.click(By.xpath("//a[contains(normalize-space(), '" + filterName + "')]"));
  }

  /** The number beside a filter's name (scripts/filter-counts.js), once it is there. */
  String filterCount(String filterName) {
    By badge = By.xpath("//div[contains(@class, 'task-filter')][.//h4[contains(@class, 'name')]//a[contains(normalize-space(.), '"
        + filterName + "')]]//span[@class='filter-count']");
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(badge));
    return browser.driver.findElement(badge).getAttribute("textContent").trim();
  }

  /** What the list is sorted by, as the sort menu above it reads. */
  String sortedBy() {
    return browser.text(By.cssSelector("[cam-sorting-choices] li.sorting-choice"));
  }

  /** The entries of the open filter as a person reads them: name, process, dates, case and label. */
  List<String> entries() {
    browser.visible(By.cssSelector("ol.tasks-list li.task"));
    return browser.driver.findElements(By.cssSelector("ol.tasks-list li.task")).stream().map(WebElement::getText).toList();
  }

  /** Until the open filter lists exactly this many entries. */
  List<String> entries(int expected) {
    browser.wait.until(driver -> driver.findElements(By.cssSelector("ol.tasks-list li.task")).size() == expected);
    return entries();
  }

  /**
   * Tasklist's search above the list: the criterion "Process Instance Business Key" chosen from
   * the suggestions, then the number typed as its value.
   */
  void searchCaseNumber(String number) {
    WebElement search = browser.visible(By.cssSelector(".search-field input.main-field"));
    search.click();
    search.sendKeys("Business Key");
    browser.click(By.xpath("//ul[contains(@class, 'dropdown-menu')]//a[contains(normalize-space(.), 'Process Instance Business Key')]"));
    By valueInput = By.cssSelector("[cam-widget-search-pill] .value-field input");
    if (browser.driver.findElements(valueInput).isEmpty()) {
      browser.click(By.cssSelector("[cam-widget-search-pill] .value-field"));
    }
    browser.visible(valueInput).sendKeys(number, Keys.ENTER);
  }

  void openTaskInList(String taskName) {
    browser.click(By.xpath("//ol[contains(@class, 'tasks-list')]//a[normalize-space()='" + taskName + "']"));
  }

  /** The name above the open task's form, once the form has rendered. */
  String taskName() {
    browser.visible(FORM);
    return browser.text(By.cssSelector(".task-card h2.task"));
  }

  /** A group task's form stays read-only until someone claims the task. */
  void claim() {
    browser.click(By.cssSelector(".task-card button.claim"));
    browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-card button.claim")));
  }

  /** Completes the open task and waits until Tasklist has closed it. */
  void complete() {
    browser.click(By.cssSelector(".task-card button[ng-click='complete()']"));
    browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(TASK_CARD));
  }

  // --- the form ---

  /** The field, radio option or checkbox whose label reads so (without the required asterisk). */
  WebElement input(String label) {
    WebElement labelElement = browser.visible(
        By.xpath("//form[contains(@class, 'fjs-form')]//label[normalize-space(text())=\"" + label + "\"]"));
    return browser.driver.findElement(By.id(labelElement.getAttribute("for")));
  }

  /**
   * Replaces the field's text and leaves it with Tab, which commits the value to form-js. form-js
   * redraws the form a moment after each commit, from the values committed so far: a redraw that
   * lands while the next field is being typed empties it, so a field is typed again until it holds
   * the text.
   */
  void type(String label, String text) {
    WebElement field = input(label);
    browser.wait.until(driver -> {
      if (!text.equals(field.getDomProperty("value"))) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        field.sendKeys(text, Keys.TAB);
      }
      return text.equals(field.getDomProperty("value"));
    });
  }

  void choose(String label) {
    browser.wait.until(ExpectedConditions.elementToBeClickable(input(label))).click();
  }

  String value(String label) {
    return input(label).getDomProperty("value");
  }

  /** The validation message form-js shows under the field. */
  String error(String label) {
    return browser.text(errorOf(label));
  }

  /** form-js removes the message when it redraws the form, a moment after the commit. */
  void awaitValid(String label) {
    browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(errorOf(label)));
  }

  private By errorOf(String label) {
    return By.id(input(label).getAttribute("id") + "-error-message");
  }

  /** The heading of the form's text block. */
  String formHeading() {
    return browser.text(By.cssSelector("form.fjs-form .fjs-form-field-text h2"));
  }

  List<String> labels() {
    return browser.driver.findElements(By.cssSelector("form.fjs-form label.fjs-form-field-label")).stream()
        .map(label -> label.getText().replace("*", "").trim())
        .toList();
  }

  void scrollTo(String label) {
    browser.scrollTo(input(label));
  }
}
