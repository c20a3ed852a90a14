package org.reversementoring.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser on the app: logged in on the program's login page (with Spring's CSRF
 * token from the form), its session cookie sent with every request, and on Camunda's webapp API
 * the {@code X-XSRF-TOKEN} header echoing the {@code XSRF-TOKEN} cookie, as Tasklist does.
 */
final class WebSession {

  static final String TASKLIST_ACCEPT = "application/hal+json, application/json; q=0.5";
  private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final CookieManager cookies = new CookieManager();
  private final HttpClient browser;
  private final URI base;

  private WebSession(URI base) {
    this.base = base;
    this.browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
        .connectTimeout(TIMEOUT).build();
  }

  static WebSession loggedIn(URI base, String userId, String password) throws IOException, InterruptedException {
    WebSession session = new WebSession(base);
    Matcher token = LOGIN_TOKEN.matcher(session.get("/login").body());
    if (!token.find()) {
      throw new IllegalStateException("no CSRF token on the login page");
    }
    String form = "username=" + encode(userId) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
    HttpResponse<String> loggedIn = session.send(session.request("/login")
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    String location = loggedIn.headers().firstValue("Location").orElse("");
    if (loggedIn.statusCode() != 302 || location.contains("error") || location.contains("blocked")) {
      throw new IllegalStateException("login as " + userId + " refused: " + loggedIn.statusCode() + " " + location);
    }
    // Camunda's CSRF filter hands out the XSRF-TOKEN cookie on the webapps' first page
    session.get("/camunda/app/tasklist/default/");
    return session;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  /** A JSON post as Tasklist sends it to Camunda's webapp API, with the XSRF header. */
  HttpResponse<String> postFromTasklist(String path, String json) throws IOException, InterruptedException {
    return send(request(path).header("Accept", TASKLIST_ACCEPT).header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", xsrfToken()).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A JSON post to the engine REST API, as another system sends it. */
  HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
    return send(request(path).header("Accept", "application/json").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie"));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
