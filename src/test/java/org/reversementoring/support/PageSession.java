package org.reversementoring.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser on the app's own pages: logged in through the login page, with its session cookie,
 * posting forms with the CSRF token of the page it read last, as a person's browser does.
 */
public final class PageSession {

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final int port;
  private String token;

  private PageSession(int port) {
    this.port = port;
  }

  /** Logged in as this person through the program's login page. */
  public static PageSession loggedIn(int port, String userId, String password) {
    PageSession session = new PageSession(port);
    session.get("/login");
    HttpResponse<String> loggedIn = session.post("/login", Map.of("username", userId, "password", password));
    assertThat(loggedIn.statusCode()).as("logged in as " + userId).isEqualTo(302);
    assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).doesNotContain("error"));
    return session;
  }

  public static PageSession anonymous(int port) {
    return new PageSession(port);
  }

  public HttpResponse<String> get(String path) {
    HttpResponse<String> page = send(HttpRequest.newBuilder(url(path)).GET().build());
    Matcher found = TOKEN.matcher(page.body());
    if (found.find()) {
      token = found.group(1);
    }
    return page;
  }

  /** Posts the form with the CSRF token of the page read last. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    String form = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
    return postRaw(path, token == null ? form : form + (form.isEmpty() ? "" : "&") + "_csrf=" + encode(token));
  }

  /** Posts exactly this body: no token added. */
  public HttpResponse<String> postRaw(String path, String body) {
    return send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return browser.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
