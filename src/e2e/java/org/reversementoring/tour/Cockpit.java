package org.reversementoring.tour;

import org.openqa.selenium.By;

/** Camunda Cockpit: from the process list to one instance and its diagram. */
final class Cockpit {

  private final Browser browser;

  Cockpit(Browser browser) {
    this.browser = browser;
  }

  void open() {
    browser.open("/camunda/app/cockpit/default/");
  }

  /** Processes, the process by name, then the instance with this business key in its list. */
  void openInstance(String processName, String businessKey) {
    browser.click(By.xpath("//a[normalize-space()='Processes']"));
    browser.click(By.xpath("//a[normalize-space()='" + processName + "']"));
    browser.click(By.xpath("//tr[td[contains(@class, 'business-key')][normalize-space()='" + businessKey + "']]"
        + "//a[contains(@href, 'process-instance')]"));
  }

  /** The value under a heading of the instance's Information panel, e.g. "Business Key". */
  String information(String heading) {
    return browser.text(By.xpath("//dt[normalize-space()='" + heading + ":']/following-sibling::dd[1]"));
  }

  /** The label of a diagram element, as drawn. */
  String elementLabel(String elementId) {
    return browser.text(By.cssSelector("g[data-element-id='" + elementId + "'] text")).replaceAll("\\s+", " ").trim();
  }

  /** The running-instances badge the diagram shows on an element. */
  String runningBadge(String elementId) {
    return browser.text(By.cssSelector(".djs-overlays[data-container-id='" + elementId + "'] .badge.instance-count"));
  }
}
