package org.reversementoring.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.support.Jobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;

/** The demo profile's own mail server and the mailbox page a newcomer reads mails on. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:mailbox-${random.uuid};DB_CLOSE_DELAY=-1",
    "reverse-mentoring.demo.embedded-smtp=true",
    "spring.mail.port=3026",
    "camunda.bpm.job-execution.enabled=false",
    "reverse-mentoring.worklist.digest-enabled=false",
    "reverse-mentoring.base-url=http://mentoring.test"})
class MailboxPageTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Test
  void mailboxListsTheMailsTheAppSentWithTheirLinks() {
    Map<String, Object> form = ApplicationFixtures.application("zoe.mailbox@example.com");
    form.put(RecruitmentVariables.MOTIVATION.name(), "<b>Apps</b> for all");
    String number = runtime.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY, form).getBusinessKey();
    Jobs.runDue(management);

    String mailbox = http.getForObject("/mailbox", String.class);
    assertThat(mailbox)
        .contains("We received your application " + number)
        .as("the consent request in Sven's own language, German")
        .contains("Bitte stellen Sie Zoë Łukasiewicz-Müller für Reverse Mentoring frei (" + number + ")")
        .contains("href=\"http://mentoring.test/camunda/app/tasklist/default/#/?task=")
        .contains("href=\"http://mentoring.test/withdraw?token=");
    assertThat(mailbox.indexOf("Bitte stellen Sie")).as("newest first").isLessThan(mailbox.indexOf("We received"));

    String first = http.getForObject("/mailbox/0", String.class);
    assertThat(first).contains("Plain-text part").contains("HTML part").contains("Dear Zoë,");
    assertThat(http.getForEntity("/mailbox/99", String.class).getStatusCode().value()).isEqualTo(404);
  }
}
