package org.reversementoring.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The real app on a random port with an in-memory H2 database, the job executor off (tests run
 * jobs themselves, so nothing depends on timing) and mails sent to the GreenMail server that
 * the test class starts on port 3025 ({@link TestSmtp}). Each test class gets its own app and closes it afterwards:
 * the REST API finds its engine by the name "default" in a JVM-wide registry, so two live apps
 * in one JVM would answer each other's requests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:app-${random.uuid};DB_CLOSE_DELAY=-1",
    "reverse-mentoring.demo.embedded-smtp=false",
    "spring.mail.port=${test.smtp.port:3025}",
    "camunda.bpm.job-execution.enabled=false",
    "reverse-mentoring.base-url=http://mentoring.test"})
public @interface AppTest {
}
