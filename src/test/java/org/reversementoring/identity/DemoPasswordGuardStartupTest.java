package org.reversementoring.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reversementoring.ReverseMentoringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole app in the prod profile, as an operator starts it (passing: DemoPasswordGuardTest). */
class DemoPasswordGuardStartupTest {

  @Test
  void prodRefusesToStartWithADemoAdminPassword() {
    assertThatThrownBy(() -> startProd("admin-demo").close())
        .rootCause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Refusing to start with the prod profile")
        .hasMessageContaining("camunda.bpm.admin-user.password is a demo password")
        .hasMessageContaining("user 'admin' still has its demo password");
  }

  private static ConfigurableApplicationContext startProd(String adminPassword) {
    String name = "prod-" + UUID.randomUUID();
    return new SpringApplicationBuilder(ReverseMentoringApplication.class)
        .profiles("prod")
        .run("--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
            "--spring.datasource.username=sa",
            "--spring.datasource.password=",
            "--spring.mail.host=localhost",
            "--spring.mail.port=2599",
            "--reverse-mentoring.link-secret=test-secret",
            "--server.port=0",
            "--camunda.bpm.job-execution.enabled=false",
            // not "default": the REST tests look that one up in Camunda's static registry
            "--camunda.bpm.process-engine-name=" + name.replace("-", ""),
            "--camunda.bpm.admin-user.id=admin",
            "--camunda.bpm.admin-user.password=" + adminPassword);
  }
}
