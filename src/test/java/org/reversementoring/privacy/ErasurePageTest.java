package org.reversementoring.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
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
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Erasure from the program page, as a browser does it: a confirmation page, a form with Spring's
 * token, the result in the person's language and the login gone. Only the person logged in is
 * erased; every refused request leaves everyone as they were.
 */
@AppTest
class ErasurePageTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ApplicationService applications;

  @Test
  void aPersonErasesThemselvesAfterConfirmingAndReadsTheResultInTheirLanguage() throws Exception {
    Person anke = apprentice("anke.loeschen@example.com", "de");
    Browser browser = new Browser(anke);

    String program = browser.get("/me").body();
    assertThat(program).contains("href=\"/me/erasure\"", "Ihre Daten löschen lassen");
    String confirmation = browser.get("/me/erasure").body();
    assertThat(confirmation).contains("Ihre Daten löschen", "Endet jetzt: " + anke.number, "Meine Daten löschen",
        "name=\"_csrf\"").doesNotContain("Erase my data");

    HttpResponse<String> erased = browser.post("/me/erasure", "confirm=erase&_csrf=" + browser.token(confirmation));

    assertThat(erased.statusCode()).isEqualTo(200);
    assertThat(erased.body()).contains("lang=\"de\"", "Ihre Daten wurden gelöscht", "Sie sind abgemeldet",
        "Beendet: " + anke.number).doesNotContain("has been erased");
    assertThat(applications.findByNumber(anke.number).orElseThrow().getMentor().getEmail()).endsWith("@erased.invalid");
    assertThat(identity.createUserQuery().userId(anke.userId).count()).as("the account is gone").isZero();
    HttpResponse<String> after = browser.get("/me");
    assertThat(after.statusCode()).as("logged out: to the login page").isEqualTo(302);
    assertThat(after.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
  }

  @Test
  void refusedRequestsEraseNobodyAndNobodyErasesSomeoneElse() throws Exception {
    Person anna = apprentice("anna.bleibt@example.com", "en");
    Person bert = executive("bert.erases@example.com");
    Browser bertsBrowser = new Browser(bert);
    String token = bertsBrowser.token(bertsBrowser.get("/me/erasure").body());

    HttpResponse<String> unconfirmed = bertsBrowser.post("/me/erasure", "_csrf=" + token);
    assertThat(unconfirmed.statusCode()).isEqualTo(400);
    assertThat(unconfirmed.body()).contains("Nothing was erased: please tick the box to confirm.");
    assertThat(bertsBrowser.post("/me/erasure", "confirm=erase").statusCode()).as("without the token").isEqualTo(403);
    assertThat(bertsBrowser.post("/me/erasure", "confirm=erase&_csrf=forged").statusCode()).isEqualTo(403);
    HttpResponse<String> crossSite = bertsBrowser.send(bertsBrowser.form("/me/erasure", "confirm=erase&_csrf=" + token)
        .header("Origin", "https://elsewhere.example").build());
    assertThat(crossSite.statusCode()).as("from another site").isEqualTo(403);
    HttpResponse<String> anonymous = new Browser(null).post("/me/erasure", "confirm=erase&userId=" + anna.userId);
    assertThat(anonymous.statusCode()).as("without a login").isIn(302, 401, 403);
    assertIntact(anna);
    assertIntact(bert);

    HttpResponse<String> own = bertsBrowser.post("/me/erasure",
        "confirm=erase&userId=" + anna.userId + "&email=" + anna.email + "&_csrf=" + token);

    assertThat(own.body()).as("naming Anna erases Bert, who asked").contains("Your data has been erased");
    assertThat(identity.createUserQuery().userId(bert.userId).count()).isZero();
    assertIntact(anna);
  }

  private void assertIntact(Person person) {
    assertThat(identity.createUserQuery().userId(person.userId).singleResult()).as(person.userId).isNotNull()
        .extracting(User::getEmail).isEqualTo(person.email);
  }

  private Person apprentice(String email, String language) {
    Map<String, Object> form = ApplicationFixtures.application(email);
    RecruitmentVariables.LANGUAGE.putIn(form, language);
    String number = runtime.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY, form).getBusinessKey();
    Jobs.runDue(management);
    return withPassword(email, number);
  }

  private Person executive(String email) {
    String number = runtime.startProcessInstanceByKey(EnrollmentVariables.PROCESS_KEY,
        EnrollmentFixtures.enrollment(email)).getBusinessKey();
    Jobs.runDue(management);
    return withPassword(email, number);
  }

  private Person withPassword(String email, String number) {
    User user = identity.createUserQuery().userEmail(email).singleResult();
    String password = "a-long-password-for-" + user.getId();
    user.setPassword(password);
    identity.saveUser(user);
    return new Person(user.getId(), password, email, number);
  }

  private record Person(String userId, String password, String email, String number) {
  }

  /** A browser with cookies, logged in on the login page (or not at all). */
  private final class Browser {

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    Browser(Person person) throws Exception {
      if (person != null) {
        String login = get("/login").body();
        HttpResponse<String> loggedIn = post("/login", "username=" + encode(person.userId) + "&password="
            + encode(person.password) + "&_csrf=" + token(login));
        assertThat(loggedIn.statusCode()).as("logged in").isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).doesNotContain("error"));
      }
    }

    HttpResponse<String> get(String path) throws Exception {
      return send(HttpRequest.newBuilder(url(path)).GET().build());
    }

    HttpResponse<String> post(String path, String form) throws Exception {
      return send(form(path, form).build());
    }

    HttpRequest.Builder form(String path, String form) {
      return HttpRequest.newBuilder(url(path)).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    String token(String page) {
      Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
      assertThat(token.find()).as("the form carries Spring's token").isTrue();
      return encode(token.group(1));
    }

    private URI url(String path) {
      return URI.create("http://localhost:" + port + path);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
