package org.reversementoring.tour;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The demo profile's mailbox page: every mail the app sent, newest first, links clickable. */
final class Mailbox {

  private final Browser browser;

  Mailbox(Browser browser) {
    this.browser = browser;
  }

  void open() {
    browser.open("/mailbox");
    browser.visible(By.tagName("h1"));
  }

  /** Subjects of the mails to this address, newest first. */
  List<String> subjectsTo(String address) {
    return rowsTo(address).stream().map(row -> row.findElement(By.xpath("td[3]")).getText()).toList();
  }

  /** Follows the Tasklist link in the newest mail to this address whose subject starts so. */
  void followTaskLink(String address, String subjectStart) {
    WebElement mail = rowsTo(address).stream()
        .filter(row -> row.findElement(By.xpath("td[3]")).getText().startsWith(subjectStart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No mail to " + address + " starting with " + subjectStart));
    mail.findElement(By.xpath(".//a[contains(@href, '/camunda/app/tasklist/')]")).click();
  }

  private List<WebElement> rowsTo(String address) {
    return browser.driver.findElements(By.xpath("//tr[td[2][contains(., '" + address + "')]]"));
  }
}
