package org.reversementoring.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.Mails;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A training supervisor's mails follow the language they chose on their program page; until they
 * choose one, the language of the apprentice the mail is about.
 */
@AppTest
class SupervisorMailLanguageTest {

  private static final String SUPERVISOR = "sam.sprachwahl@example.com";

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;

  @Test
  void aSupervisorsOwnChoiceBeatsTheApprenticesLanguage() {
    String first = apply("anke.erste@example.com", "de");
    assertThat(Mails.subject(consentRequest(first))).as("no choice yet: the apprentice's German")
        .startsWith("Bitte stellen Sie");

    String password = passwordFor(SUPERVISOR);
    choose(password, "en");
    String second = apply("bernd.zweite@example.com", "de");
    MimeMessage english = consentRequest(second);
    assertThat(Mails.subject(english)).startsWith("Please release");
    assertThat(Mails.text(english)).contains("Dear colleague").doesNotContain("Hallo");

    choose(password, "de");
    String third = apply("emma.third@example.com", "en");
    assertThat(Mails.subject(consentRequest(third))).as("German although the apprentice is English")
        .startsWith("Bitte stellen Sie");
  }

  private String apply(String email, String language) {
    Map<String, Object> form = ApplicationFixtures.application(email, SUPERVISOR);
    RecruitmentVariables.LANGUAGE.putIn(form, language);
    String number = runtime.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY, form).getBusinessKey();
    Jobs.runDue(management);
    return number;
  }

  private MimeMessage consentRequest(String applicationNumber) {
    List<MimeMessage> mails = Mails.to(smtp.getReceivedMessages(), SUPERVISOR).stream()
        .filter(mail -> Mails.subject(mail).endsWith("(" + applicationNumber + ")")).toList();
    assertThat(mails).as("the consent request for " + applicationNumber).hasSize(1);
    return mails.get(0);
  }

  /** The supervisor's account exists since the first consent request; it gets a password to log in. */
  private String passwordFor(String email) {
    User user = identity.createUserQuery().userEmail(email).singleResult();
    String password = "a-long-password-for-" + user.getId();
    user.setPassword(password);
    identity.saveUser(user);
    return password;
  }

  private void choose(String password, String language) {
    String userId = identity.createUserQuery().userEmail(SUPERVISOR).singleResult().getId();
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("language", language);
    assertThat(http.withBasicAuth(userId, password).postForEntity("/me/language", form, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }
}
