package org.reversementoring.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reversementoring.identity.DemoUser;
import org.reversementoring.identity.IdentityIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The findings of the outside probe, each refused over real HTTP, and the one login. */
@IdentityIntegrationTest
class SecurityGateTest {

  private static final List<DemoUser> PARTICIPANTS = List.of(DemoUser.LENA, DemoUser.ZOE, DemoUser.MARC, DemoUser.INES);

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @LocalServerPort int port;

  @BeforeEach
  void useThisAppsEngine() {
    ProcessEngines.init();
    ProcessEngines.registerProcessEngine(engine);
  }

  @Test
  void nobodyButAdminsChangesAnAccountsEmail() {
    for (DemoUser person : List.of(DemoUser.LENA, DemoUser.SVEN, DemoUser.CARLA)) {
      ResponseEntity<String> takeover = as(person).exchange("/engine-rest/user/" + person.id() + "/profile",
          HttpMethod.PUT, json("{\"id\":\"" + person.id() + "\",\"email\":\"marc.weber@example.com\"}"), String.class);
      assertThat(takeover.getStatusCode()).as(person.id()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(email(person.id())).as(person.id()).isEqualTo(person.email());
    }
    assertThat(as(DemoUser.LENA).getForEntity("/engine-rest/user/lena/profile", String.class).getBody())
        .as("people still read their own profile").contains("lena.fischer@example.com");
    assertThat(as(DemoUser.LENA).getForEntity("/engine-rest/user/marc/profile", String.class).getStatusCode())
        .as("but not anyone else's").isEqualTo(HttpStatus.FORBIDDEN);
    try {
      assertThat(as(DemoUser.ADMIN).exchange("/engine-rest/user/ines/profile", HttpMethod.PUT,
          json("{\"id\":\"ines\",\"firstName\":\"Ines\",\"lastName\":\"Braun\",\"email\":\"ines.braun@example.org\"}"),
          String.class).getStatusCode()).as("the administrator corrects an address").isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(email("ines")).isEqualTo("ines.braun@example.org");
    } finally {
      // the app is shared with the other app tests: Ines keeps her demo address
      User ines = identity.createUserQuery().userId("ines").singleResult();
      ines.setEmail(DemoUser.INES.email());
      identity.saveUser(ines);
    }
  }

  @Test
  void participantsCannotTouchOrSeeJobs() {
    Job cleanup = historyCleanupJob();
    for (DemoUser person : PARTICIPANTS) {
      assertThat(as(person).getForEntity("/engine-rest/job", String.class).getStatusCode()).as(person.id())
          .isEqualTo(HttpStatus.FORBIDDEN);
      for (String change : List.of("suspended", "duedate", "retries")) {
        ResponseEntity<String> tampered = as(person).exchange("/engine-rest/job/" + cleanup.getId() + "/" + change,
            HttpMethod.PUT, json("{\"suspended\":true,\"retries\":0,\"duedate\":\"2030-01-01T00:00:00.000+0000\"}"),
            String.class);
        assertThat(tampered.getStatusCode()).as(person.id() + " " + change).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tampered.getBody()).doesNotContain(cleanup.getId());
      }
    }
    assertThat(as(DemoUser.CARLA).getForEntity("/engine-rest/job", String.class).getStatusCode())
        .as("Cockpit's groups see jobs").isEqualTo(HttpStatus.OK);
    assertThat(as(DemoUser.CARLA).exchange("/engine-rest/job/" + cleanup.getId() + "/retries", HttpMethod.PUT,
        json("{\"retries\":0}"), String.class).getStatusCode()).as("but only operations changes them")
        .isEqualTo(HttpStatus.FORBIDDEN);
    Job after = management.createJobQuery().jobId(cleanup.getId()).singleResult();
    assertThat(after.isSuspended()).isFalse();
    assertThat(after.getRetries()).isEqualTo(cleanup.getRetries());
    assertThat(after.getDuedate()).isEqualTo(cleanup.getDuedate());
  }

  @Test
  void nobodyButAdminsChecksAnotherAccountsPassword() {
    ResponseEntity<String> guess = as(DemoUser.CARLA).postForEntity("/engine-rest/identity/verify",
        json("{\"username\":\"admin\",\"password\":\"admin-demo\"}"), String.class);
    assertThat(guess.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aFormPostedFromAnotherSiteChangesNothing() {
    HttpHeaders crossSite = new HttpHeaders();
    crossSite.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    crossSite.setOrigin("http://evil.example");
    ResponseEntity<String> erasure = as(DemoUser.MARC).postForEntity("/api/me/erasure",
        new HttpEntity<>("confirm=yes", crossSite), String.class);
    assertThat(erasure.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(erasure.getBody()).contains("another site");

    HttpHeaders fetchedCrossSite = new HttpHeaders();
    fetchedCrossSite.set("Sec-Fetch-Site", "cross-site");
    assertThat(as(DemoUser.MARC).postForEntity("/api/me/erasure", new HttpEntity<>(null, fetchedCrossSite),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    HttpHeaders nullOrigin = new HttpHeaders();
    nullOrigin.setOrigin("null");
    assertThat(as(DemoUser.MARC).postForEntity("/api/me/erasure", new HttpEntity<>(null, nullOrigin),
        String.class).getStatusCode()).as("an opaque origin is no origin of ours").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identity.createUserQuery().userId("marc").count()).as("marc's account stays").isEqualTo(1);

    HttpHeaders ownPage = new HttpHeaders();
    ownPage.set("Sec-Fetch-Site", "same-origin");
    ownPage.setOrigin("null");
    ownPage.setContentType(MediaType.APPLICATION_JSON);
    assertThat(as(DemoUser.MARC).postForEntity("/engine-rest/task/no-such-task/complete",
        new HttpEntity<>("{}", ownPage), String.class).getStatusCode())
        .as("a form of our own page passes the gate (and meets the engine)").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anAccountWithoutAPasswordYetIsRefusedLikeAWrongPassword() {
    User newcomer = identity.newUser("newcomer");
    newcomer.setEmail("newcomer@example.com");
    identity.saveUser(newcomer);
    for (String path : List.of("/engine-rest/task", "/api/me/data", "/actuator/health")) {
      ResponseEntity<String> response = http.withBasicAuth("newcomer", "anything at all").getForEntity(path, String.class);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(response.getBody()).as(path).doesNotContain("Exception");
    }
  }

  @Test
  void wrongPasswordsSlowTheGuesserButNeverLockTheAccount() {
    createUser("tessa", "Tessa's long passphrase 7");
    assertThat(http.withBasicAuth("tessa", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("tessa", "Tessa's long passphrase 7").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).as("one wrong password locks nothing").isEqualTo(HttpStatus.OK);
    for (int attempt = 0; attempt < LoginThrottle.FAILURES_PER_ACCOUNT; attempt++) {
      http.withBasicAuth("tessa", "guess " + attempt).getForEntity("/engine-rest/task", String.class);
    }
    ResponseEntity<String> paused = http.withBasicAuth("tessa", "Tessa's long passphrase 7")
        .getForEntity("/engine-rest/task", String.class);
    assertThat(paused.getStatusCode()).as("this address is paused for this account").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(paused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("900");
    UserEntity account = (UserEntity) identity.createUserQuery().userId("tessa").singleResult();
    assertThat(account.getLockExpirationTime()).as("the account itself is not locked").isNull();
    assertThat(account.getAttempts()).isZero();
    assertThat(http.withBasicAuth("admin", "admin-demo").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).as("other accounts are unaffected").isEqualTo(HttpStatus.OK);
  }

  @Test
  void peopleChangeTheirOwnPasswordGivingTheCurrentOne() {
    createUser("theo", "Theo's first passphrase");
    TestRestTemplate theo = http.withBasicAuth("theo", "Theo's first passphrase");
    assertThat(http.getForEntity("/account/password", String.class).getBody())
        .as("without a login the page leads to the login").contains("Reverse Mentoring: log in");
    ResponseEntity<String> anonymous = http.postForEntity("/account/password",
        form("currentPassword=x&password=Kaffee+mit+Milch+am+Morgen&passwordConfirmation=Kaffee+mit+Milch+am+Morgen"),
        String.class);
    assertThat(anonymous.getStatusCode().is3xxRedirection()
        || anonymous.getBody().contains("Reverse Mentoring: log in")).as("an anonymous change is sent to the login").isTrue();
    ResponseEntity<String> wrongCurrent = theo.postForEntity("/account/password",
        form("currentPassword=guessed&password=Kaffee+mit+Milch+am+Morgen&passwordConfirmation=Kaffee+mit+Milch+am+Morgen"),
        String.class);
    assertThat(wrongCurrent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrongCurrent.getBody()).contains("currentPassword: is not your current password");
    ResponseEntity<String> weak = theo.postForEntity("/account/password",
        form("currentPassword=Theo%27s+first+passphrase&password=aaaaaaaaaa&passwordConfirmation=aaaaaaaaaa"), String.class);
    assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(weak.getBody()).contains("password: must not be a run or sequence of characters");
    assertThat(theo.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .as("refusals changed nothing").isEqualTo(HttpStatus.OK);

    ResponseEntity<String> changed = theo.postForEntity("/account/password",
        form("currentPassword=Theo%27s+first+passphrase&password=Kaffee+mit+Milch+am+Morgen"
            + "&passwordConfirmation=Kaffee+mit+Milch+am+Morgen"), String.class);
    assertThat(changed.getBody()).contains("Your password is changed");
    assertThat(http.withBasicAuth("theo", "Kaffee mit Milch am Morgen").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void pagesAreNeitherFramedNorCachedNorSentOnAsReferrer() {
    for (String page : List.of("/login", "/withdraw?token=x.y", "/activate?token=x", "/sessions/move?token=x.y",
        "/tandems/end?token=x.y", "/activate/request")) {
      HttpHeaders headers = http.getForEntity(page, String.class).getHeaders();
      assertThat(headers.getFirst("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
      assertThat(headers.getFirst("X-Frame-Options")).as(page).isEqualTo("DENY");
      assertThat(headers.getFirst("Referrer-Policy")).as(page).isEqualTo("no-referrer");
      assertThat(headers.getCacheControl()).as(page).contains("no-store");
    }
    for (String personal : List.of("/api/me/data", "/api/reports/program", "/api/reports/program.csv", "/reports/program")) {
      DemoUser reader = personal.equals("/api/me/data") ? DemoUser.LENA : DemoUser.OTTO;
      ResponseEntity<String> response = as(reader).getForEntity(personal, String.class);
      assertThat(response.getStatusCode()).as(personal).isEqualTo(HttpStatus.OK);
      assertThat(response.getHeaders().getCacheControl()).as(personal).contains("no-store");
      assertThat(response.getHeaders().getFirst("X-Frame-Options")).as(personal).isEqualTo("DENY");
    }
  }

  @Test
  void oneLoginOpensTheWebappsAndLogoutClosesThem() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> tasklist = browser.send(get("/camunda/app/tasklist/"), HttpResponse.BodyHandlers.ofString());
    assertThat(tasklist.statusCode()).isEqualTo(302);
    assertThat(tasklist.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));

    HttpResponse<String> wrong = browser.send(login(browser, "lena", "not her password"), HttpResponse.BodyHandlers.ofString());
    assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login?error"));
    HttpResponse<String> refusedPage = browser.send(get("/login?error"), HttpResponse.BodyHandlers.ofString());
    assertThat(refusedPage.statusCode()).isEqualTo(401);
    assertThat(refusedPage.body()).contains("Wrong user name or password");

    HttpResponse<String> loggedIn = browser.send(login(browser, "lena", "lena-demo"), HttpResponse.BodyHandlers.ofString());
    assertThat(loggedIn.statusCode()).isEqualTo(302);
    assertThat(loggedIn.headers().firstValue("Location")).as("back at the address asked for, as it was: with"
        + " Spring's ?continue marker Tasklist would load itself a second time").hasValueSatisfying(url ->
        assertThat(url).endsWith("/camunda/app/tasklist/"));
    HttpResponse<String> app = browser.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.ofString());
    assertThat(app.statusCode()).isEqualTo(200);
    assertThat(app.body()).contains("cam-widget-header");
    HttpResponse<String> whoAmI = browser.send(get("/camunda/api/admin/auth/user/default"), HttpResponse.BodyHandlers.ofString());
    assertThat(whoAmI.statusCode()).isEqualTo(200);
    assertThat(whoAmI.body()).contains("\"userId\":\"lena\"").contains("tasklist");
    assertThat(browser.send(get("/api/me/data"), HttpResponse.BodyHandlers.ofString()).body())
        .as("the same login opens the app's pages").contains("lena.fischer@example.com");

    HttpResponse<String> secondDoor = browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=guess")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(secondDoor.statusCode()).as("the webapps' own login is closed: no guessing past the throttle")
        .isEqualTo(403);

    HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/logout"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(logout.statusCode()).as(logout.body()).isEqualTo(200);
    assertThat(browser.send(get("/camunda/api/admin/auth/user/default"), HttpResponse.BodyHandlers.ofString()).statusCode())
        .as("Tasklist's sign-out ends the one login").isEqualTo(401);
  }

  private HttpRequest login(HttpClient browser, String user, String password) throws Exception {
    String page = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
    String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
    return HttpRequest.newBuilder(url("/login")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(url(path)).GET().build();
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private Job historyCleanupJob() {
    history.cleanUpHistoryAsync(true);
    return management.createJobQuery().list().stream()
        .filter(job -> job.getProcessDefinitionKey() == null).findFirst().orElseThrow();
  }

  private void createUser(String id, String password) {
    User user = identity.newUser(id);
    user.setEmail(id + "@example.com");
    user.setPassword(password);
    identity.saveUser(user);
  }

  private String email(String userId) {
    return identity.createUserQuery().userId(userId).singleResult().getEmail();
  }

  private TestRestTemplate as(DemoUser user) {
    return http.withBasicAuth(user.id(), user.password());
  }

  private static HttpEntity<String> form(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return new HttpEntity<>(body, headers);
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
