package org.reversementoring.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reversementoring.support.AppStartup;
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
    return AppStartup.prod("--reverse-mentoring.link-secret=" + AppStartup.strongLinkSecret(),
        "--camunda.bpm.admin-user.id=admin",
        "--camunda.bpm.admin-user.password=" + adminPassword);
  }
}
