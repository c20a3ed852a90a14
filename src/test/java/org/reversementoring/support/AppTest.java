package org.reversementoring.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The real app on a random port with an in-memory H2 database, the job executor off (tests run
 * jobs themselves, so nothing depends on timing), metrics exported as in production, and mails
 * sent to the test mail server ({@link TestSmtp}, port 3025 or {@code -Dtest.smtp.port}).
 *
 * <p>All classes with this annotation and nothing else that changes the configuration share one
 * app, started once ({@link ContextGroupedClassOrder} runs them one after the other). Sharing
 * asks of each test: its own data (a fresh email, cohort or number; read by them, count what it
 * adds, never "all rows" or "the first number"); a demo account or setting it changes, put back;
 * nothing that outlives the class. {@link AppTestIsolation} resets what a test cannot: the engine
 * clock, the mail server, the login throttle and the process instances other classes left
 * running. A test that needs another configuration or an empty database gets an app of its own
 * (e.g. {@code @TestPropertySource} plus {@code @DirtiesContext}); apps never run side by side
 * ({@link OneAppAtATime}): the REST API finds its engine by the name "default" in a JVM-wide
 * registry, so two live apps in one JVM would answer each other's requests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:app-${random.uuid};DB_CLOSE_DELAY=-1",
    "reverse-mentoring.demo.embedded-smtp=false",
    "spring.mail.port=${test.smtp.port:3025}",
    "camunda.bpm.job-execution.enabled=false",
    "reverse-mentoring.worklist.digest-enabled=false",
    "reverse-mentoring.base-url=http://mentoring.test",
    // production builds repositories when first used; the tests build and check every query at start
    "spring.data.jpa.repositories.bootstrap-mode=default"})
@AutoConfigureObservability(tracing = false)
@Import(CompletionRendezvous.class)
@ExtendWith(AppTestIsolation.class)
public @interface AppTest {
}
