package org.reversementoring.support;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.reversementoring.ReverseMentoringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole app started the way an operator starts it, outside the test framework: a free port,
 * the job executor off, no embedded mail server and an engine name of its own (not "default": the
 * REST tests look that one up in Camunda's static registry).
 */
public final class AppStartup {

  private AppStartup() {
  }

  /** What {@code openssl rand -base64 32} prints: 32 random bytes, base64 with padding. */
  public static String strongLinkSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** The prod profile on a fresh in-memory database, with these arguments added. */
  public static ConfigurableApplicationContext prod(String... args) {
    String name = "prod-" + UUID.randomUUID();
    return start(new SpringApplicationBuilder(ReverseMentoringApplication.class).profiles("prod"), name,
        List.of("--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
            "--spring.datasource.username=sa",
            "--spring.datasource.password=",
            "--spring.mail.host=localhost",
            "--spring.mail.port=2599"), args);
  }

  /** The default (demo) profile on this database, with these arguments added. */
  public static ConfigurableApplicationContext demo(String databaseUrl, String... args) {
    return start(new SpringApplicationBuilder(ReverseMentoringApplication.class), "demo-" + UUID.randomUUID(),
        List.of("--spring.datasource.url=" + databaseUrl,
            "--reverse-mentoring.demo.embedded-smtp=false",
            "--spring.mail.port=" + TestSmtp.PORT), args);
  }

  private static ConfigurableApplicationContext start(SpringApplicationBuilder app, String name,
      List<String> settings, String... args) {
    List<String> all = new ArrayList<>(settings);
    all.addAll(List.of("--server.port=0",
        "--camunda.bpm.job-execution.enabled=false",
        "--reverse-mentoring.worklist.digest-enabled=false",
        "--camunda.bpm.process-engine-name=" + name.replace("-", "")));
    all.addAll(List.of(args));
    return app.run(all.toArray(String[]::new));
  }
}
