package org.reversementoring.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app in the demo profile on a fresh in-memory database, closed after each class (see
 * {@code support.AppTest} for why two live apps must not share a JVM).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:identity-${random.uuid};DB_CLOSE_DELAY=-1",
    "reverse-mentoring.demo.embedded-smtp=false",
    "spring.mail.port=2599",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
public @interface IdentityIntegrationTest {
}
