package org.reversementoring.tour;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The program content page (/program-content) and its change history, as organizers use them. */
final class ContentPage {

  private final Browser browser;

  ContentPage(Browser browser) {
    this.browser = browser;
  }

  void open() {
    browser.open("/program-content");
  }

  /** Fills the "Add a topic" form and sends it. */
  void addTopic(String code, String nameEn, String nameDe, String descriptionEn, String descriptionDe) {
    WebElement form = browser.visible(By.id("add-topic"));
    form.findElement(By.name("code")).sendKeys(code);
    form.findElement(By.name("nameEn")).sendKeys(nameEn);
    form.findElement(By.name("nameDe")).sendKeys(nameDe);
    form.findElement(By.name("descriptionEn")).sendKeys(descriptionEn);
    form.findElement(By.name("descriptionDe")).sendKeys(descriptionDe);
    browser.scrollTo(form);
    form.findElement(By.cssSelector("button[type=submit]")).click();
  }

  String saved() {
    return browser.text(By.id("content-saved"));
  }

  /** The topic's row: code, names, descriptions, status. */
  String topicRow(String code) {
    return browser.text(By.id("topic-" + code));
  }

  void openHistory() {
    browser.click(By.id("content-history-link"));
  }

  /** The change history's rows, newest first, as text. */
  List<String> changes() {
    return browser.visible(By.id("content-changes")).findElements(By.tagName("tr")).stream().skip(1)
        .map(WebElement::getText).toList();
  }
}
