package org.reversementoring.tour;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromium-driver; other paths through the system
 * properties chromium.binary and chromedriver.binary) with explicit waits, the program's login
 * and a screenshot per step under target/e2e/.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "e2e");

  final ChromeDriver driver;
  final WebDriverWait wait;
  final String baseUrl;

  Browser(String baseUrl) {
    ChromeOptions options = new ChromeOptions()
        .setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
        .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--window-size=1400,1000", "--lang=en-US");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
        .build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    this.baseUrl = baseUrl;
  }

  void open(String pathOrUrl) {
    driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
  }

  WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  void click(By locator) {
    wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
  }

  String text(By locator) {
    return visible(locator).getText();
  }

  /** The program's one login page, where every protected page leads; demo passwords are {@code <id>-demo}. */
  void logIn(String userId) {
    visible(By.id("username")).sendKeys(userId);
    driver.findElement(By.id("password")).sendKeys(userId + "-demo");
    driver.findElement(By.id("login-submit")).click();
  }

  /** The next person starts without the previous one's session. */
  void logOut() {
    driver.manage().deleteAllCookies();
  }

  void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes this walk's screenshots from an earlier run (their names start so), leaving the others'. */
  static void removeScreenshots(String prefix) throws IOException {
    if (Files.isDirectory(SCREENSHOTS)) {
      try (var shots = Files.list(SCREENSHOTS)) {
        for (Path shot : shots.filter(file -> file.getFileName().toString().startsWith(prefix)).toList()) {
          Files.delete(shot);
        }
      }
    }
  }

  /** A free port, so a walk's app runs beside other tests and a running app (8080, 2525, 3025). */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
