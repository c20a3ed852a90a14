package org.reversementoring.security;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reversementoring.identity.DemoUser;
import org.reversementoring.identity.ParticipantDirectory;
import org.reversementoring.identity.ProgramGroup;
import org.reversementoring.notification.RecipientDirectory;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.CompanyIdentityProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Company single sign-on (profile oidc) against a real OpenID Connect provider the test starts
 * ({@link CompanyIdentityProvider}): a browser-like client (cookie jar, following redirects)
 * clicks "Sign in with", posts the provider's login form and lands logged in as the program
 * account linked to its subject; an unlinked subject is refused; a changed email changes nobody.
 */
@AppTest
@ActiveProfiles({"demo", "oidc"})
@DirtiesContext
class CompanySignOnTest {

  /** Lena's subject at the company: the program office linked it to her account. */
  private static final String LENA_AT_COMPANY = "0f3c9a7e-lena";
  private static final String STRANGER_AT_COMPANY = "77b1d2c4-stranger";

  private static CompanyIdentityProvider provider;

  @Autowired TestRestTemplate http;
  @Autowired ParticipantDirectory participants;
  @Autowired RecipientDirectory recipients;
  @LocalServerPort int port;

  @DynamicPropertySource
  static void company(DynamicPropertyRegistry properties) {
    provider = CompanyIdentityProvider.start(Map.of(
        LENA_AT_COMPANY, DemoUser.LENA.email(), STRANGER_AT_COMPANY, "someone@example.com"));
    properties.add("OIDC_ISSUER_URI", provider::issuer);
    properties.add("OIDC_CLIENT_ID", () -> CompanyIdentityProvider.CLIENT_ID);
    properties.add("OIDC_CLIENT_SECRET", () -> CompanyIdentityProvider.CLIENT_SECRET);
    properties.add("OIDC_COMPANY_NAME", () -> "Example Corp");
  }

  @AfterAll
  static void stopProvider() {
    provider.close();
  }

  @BeforeEach
  void programOfficeLinksLena() {
    ResponseEntity<String> linked = link("lena", LENA_AT_COMPANY);
    assertThat(linked.getStatusCode()).as(linked.getBody()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aLinkedPersonSignsOnAsTheirProgramAccount() throws Exception {
    HttpClient browser = browser();
    HttpResponse<String> loginPage = browser.send(get(app("/account/password")), HttpResponse.BodyHandlers.ofString());
    assertThat(loginPage.uri().getPath()).isEqualTo("/login");
    assertThat(loginPage.body()).contains("Sign in with Example Corp")
        .doesNotContain("Set your password with the link");

    HttpResponse<String> landed = signOn(browser, LENA_AT_COMPANY);
    assertThat(landed.statusCode()).as(landed.uri() + " " + landed.body()).isEqualTo(200);
    assertThat(landed.uri().getPath()).as("back where she wanted to go").isEqualTo("/account/password");

    HttpResponse<String> tasklist = browser.send(get(app("/camunda/app/tasklist/default/")), HttpResponse.BodyHandlers.ofString());
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.body()).contains("cam-widget-header");
    HttpResponse<String> whoAmI = browser.send(api(app("/camunda/api/admin/auth/user/default")), HttpResponse.BodyHandlers.ofString());
    assertThat(whoAmI.body()).as("the engine sees the same user id as after a password login")
        .contains("\"userId\":\"lena\"").contains("tasklist");
    assertThat(browser.send(api(app("/api/me/data")), HttpResponse.BodyHandlers.ofString()).body())
        .contains("lena.fischer@example.com");
    assertThat(browser.send(get(app("/reports/program")), HttpResponse.BodyHandlers.ofString()).statusCode())
        .as("her groups are the program's: a mentor does not read the report").isEqualTo(403);

    HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(URI.create(app("/camunda/api/admin/auth/user/default/logout")))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(logout.statusCode()).isEqualTo(200);
    assertThat(browser.send(api(app("/camunda/api/admin/auth/user/default")), HttpResponse.BodyHandlers.ofString()).statusCode())
        .as("logout ends the local session").isEqualTo(401);
  }

  @Test
  void loggingOutOfTheProgramEndsTheSessionAtTheProviderToo() throws Exception {
    provider.allowPostLogoutRedirect(app("/login?logout"));
    HttpClient browser = browser();
    browser.send(get(app("/me")), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> program = signOn(browser, LENA_AT_COMPANY);
    assertThat(program.uri().getPath()).isEqualTo("/me");
    Matcher token = Pattern.compile("id=\"me-logout\">\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"")
        .matcher(program.body());
    assertThat(token.find()).as(program.body()).isTrue();

    HttpResponse<String> loggedOut = browser.send(HttpRequest.newBuilder(URI.create(app("/logout")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token.group(1)))).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(loggedOut.uri().toString()).as("back from the provider's end-session endpoint")
        .isEqualTo(app("/login?logout"));
    assertThat(loggedOut.body()).contains("You have logged out.");
    assertThat(browser.send(api(app("/api/me/data")), HttpResponse.BodyHandlers.ofString()).statusCode())
        .as("the program's session is over").isEqualTo(401);
    HttpResponse<String> again = browser.send(get(app(CompanySignOn.START)), HttpResponse.BodyHandlers.ofString());
    assertThat(again.uri().toString()).as("the provider asks for the login again: its session is over too")
        .startsWith(provider.issuer() + "/login");
  }

  @Test
  void anUnlinkedSubjectIsRefusedNamingNobodyElse() throws Exception {
    HttpClient browser = browser();
    HttpResponse<String> refused = signOn(browser, STRANGER_AT_COMPANY);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.uri().getPath()).isEqualTo("/login");
    assertThat(refused.body()).contains("not linked to a program account")
        .contains("<code id=\"refused-subject\">" + STRANGER_AT_COMPANY + "</code>")
        .doesNotContain("lena").doesNotContain(LENA_AT_COMPANY);
    assertThat(refused.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    assertThat(refused.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(refused.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(browser.send(api(app("/api/me/data")), HttpResponse.BodyHandlers.ofString()).statusCode())
        .as("not logged in").isEqualTo(401);
  }

  @Test
  void aChangedEmailAtTheProviderChangesNobody() throws Exception {
    provider.changeEmail(LENA_AT_COMPANY, DemoUser.MARC.email());
    try {
      HttpClient browser = browser();
      browser.send(get(app("/account/password")), HttpResponse.BodyHandlers.ofString());
      assertThat(signOn(browser, LENA_AT_COMPANY).statusCode()).isEqualTo(200);
      browser.send(get(app("/camunda/app/tasklist/default/")), HttpResponse.BodyHandlers.ofString());
      assertThat(browser.send(api(app("/camunda/api/admin/auth/user/default")), HttpResponse.BodyHandlers.ofString()).body())
          .contains("\"userId\":\"lena\"");
      assertThat(participants.findById("lena")).hasValueSatisfying(lena ->
          assertThat(lena.email()).as("the provider's email is not copied").isEqualTo(DemoUser.LENA.email()));
    } finally {
      provider.changeEmail(LENA_AT_COMPANY, DemoUser.LENA.email());
    }
  }

  @Test
  void onlyTheProgramOfficeLinksAndOneSubjectIsOneAccount() {
    assertThat(http.withBasicAuth("lena", "lena-demo").exchange("/api/sign-on/links/lena", HttpMethod.PUT,
        new HttpEntity<>(Map.of("subject", STRANGER_AT_COMPANY)), String.class).getStatusCode())
        .as("nobody links a subject to their own account").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> taken = link("marc", LENA_AT_COMPANY);
    assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(taken.getBody()).contains("subject: is linked to another account").doesNotContain("lena");
    assertThat(link("no-such-account", STRANGER_AT_COMPANY).getBody()).contains("userId: must be an existing account");
    assertThat(link("marc", " ").getBody()).contains("subject: must be");
  }

  @Test
  void anUnlinkedAccountNoLongerSignsOn() throws Exception {
    assertThat(http.withBasicAuth("admin", "admin-demo").exchange("/api/sign-on/links/lena", HttpMethod.DELETE,
        HttpEntity.EMPTY, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    // the next test's setup links her again
    assertThat(signOn(browser(), LENA_AT_COMPANY).statusCode()).isEqualTo(403);
  }

  @Test
  void noActivationLinksAreSent() {
    String email = "sso-newcomer-" + System.nanoTime() + "@example.com";
    String userId = participants.ensureParticipant(email, "Nora", "Neu", ProgramGroup.MENTORS);
    try {
      assertThat(participants.hasPassword(userId)).isFalse();
      assertThat(recipients.activationUrlFor(email)).as("she signs on through the company").isEmpty();
    } finally {
      participants.removeParticipant(userId);
    }
  }

  private ResponseEntity<String> link(String userId, String subject) {
    return http.withBasicAuth("admin", "admin-demo").exchange("/api/sign-on/links/" + userId, HttpMethod.PUT,
        new HttpEntity<>(Map.of("subject", subject)), String.class);
  }

  /** Clicks "Sign in with", posts the provider's login form and follows the redirects back. */
  private HttpResponse<String> signOn(HttpClient browser, String subject) throws Exception {
    HttpResponse<String> providerLogin = browser.send(get(app(CompanySignOn.START)), HttpResponse.BodyHandlers.ofString());
    assertThat(providerLogin.uri().toString()).startsWith(provider.issuer() + "/login");
    Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(providerLogin.body());
    assertThat(token.find()).as(providerLogin.body()).isTrue();
    String form = "username=" + encode(subject) + "&password=" + encode(CompanyIdentityProvider.PASSWORD)
        + "&_csrf=" + encode(token.group(1));
    return browser.send(HttpRequest.newBuilder(providerLogin.uri())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpClient browser() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  private String app(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** As a browser asks (the provider sends only a browser to its login form). */
  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET().build();
  }

  /** As the webapps and programs ask: no page wanted. */
  private static HttpRequest api(String url) {
    return HttpRequest.newBuilder(URI.create(url)).GET().build();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
