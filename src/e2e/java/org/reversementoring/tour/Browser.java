package org.reversementoring.tour;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromium-driver; other paths through the system
 * properties chromium.binary and chromedriver.binary) with explicit waits, the program's login,
 * a screenshot per step and the files it downloads, in a folder per test class under target/e2e/.
 */
final class Browser implements AutoCloseable {

  private static final Path E2E = Path.of("target", "e2e");

  final ChromeDriver driver;
  final WebDriverWait wait;
  final String baseUrl;
  private final Path screenshots;
  private final Path downloads;

  /** @param screenshots where this browser saves its screenshots ({@link #folderOf}); its downloads go below */
  Browser(String baseUrl, Path screenshots) {
    this.screenshots = screenshots;
    this.downloads = screenshots.resolve("downloads").toAbsolutePath();
    LoggingPreferences console = new LoggingPreferences();
    console.enable(LogType.BROWSER, Level.ALL);
    ChromeOptions options = new ChromeOptions()
        .setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
        .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--window-size=1400,1000", "--lang=en-US")
        .setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
            "download.prompt_for_download", false));
    options.setCapability("goog:loggingPrefs", console);
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

  /** The path of the page shown, e.g. {@code /me}. */
  String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(screenshots);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Clicks a link to a file; the file once Chromium has saved it (an earlier one of that name is removed first). */
  Path download(By link, String fileName) {
    Path file = downloads.resolve(fileName);
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    click(link);
    wait.until(driver -> Files.isRegularFile(file));
    return file;
  }

  /** target/e2e/&lt;test class&gt;/: each class's screenshots, so one run keeps those of all. */
  static Path folderOf(Class<?> testClass) {
    return E2E.resolve(testClass.getSimpleName());
  }

  /**
   * What a failed test saw, for a CI log that has no screenshots: the address, the page's text and
   * the browser console (script errors, refused requests).
   */
  String report() {
    String text = driver.findElement(By.tagName("body")).getText();
    String consoleLines = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(entry -> entry.getLevel() + " " + entry.getMessage()).collect(Collectors.joining("\n  "));
    return "Browser at " + driver.getCurrentUrl() + "\nPage text:\n  "
        + text.substring(0, Math.min(text.length(), 3000)).replace("\n", "\n  ") + "\nConsole:\n  " + consoleLines;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
