package org.reversementoring.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** On a bare engine of its own, so no other test's demo users interfere. */
class DemoPasswordGuardTest {

  private ProcessEngine engine;
  private IdentityService identityService;

  @BeforeEach
  void startEngine() {
    String name = "demo-password-guard-" + UUID.randomUUID();
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName(name) // not "default": the REST tests look that one up
        .setJdbcUrl("jdbc:h2:mem:" + name)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    identityService = engine.getIdentityService();
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void passesWithoutDemoAccounts() {
    assertThatCode(() -> guard("").refuseDemoPasswords()).doesNotThrowAnyException();
  }

  @Test
  void refusesWhileADemoUserHasItsDocumentedPassword() {
    createUser("carla", "carla-demo");

    assertThatThrownBy(() -> guard("").refuseDemoPasswords())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("user 'carla' still has its demo password");
  }

  @Test
  void passesOnceTheDemoPasswordIsChanged() {
    createUser("carla", "carla-demo");
    User carla = identityService.createUserQuery().userId("carla").singleResult();
    carla.setPassword("a long and private passphrase");
    identityService.saveUser(carla);
    createUser("zoe", null);

    assertThatCode(() -> guard("").refuseDemoPasswords()).doesNotThrowAnyException();
  }

  @Test
  void refusesADemoPasswordForTheConfiguredAdmin() {
    assertThatThrownBy(() -> guard("admin-demo").refuseDemoPasswords())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("camunda.bpm.admin-user.password");
    assertThatCode(() -> guard("a long and private passphrase").refuseDemoPasswords())
        .doesNotThrowAnyException();
  }

  @Test
  void checkingDoesNotCountAsAFailedLogin() {
    createUser("admin", "the real admin's passphrase");

    guard("").refuseDemoPasswords();
    guard("").refuseDemoPasswords();

    assertThat(identityService.checkPassword("admin", "the real admin's passphrase")).isTrue();
  }

  private DemoPasswordGuard guard(String configuredAdminPassword) {
    return new DemoPasswordGuard(new CamundaParticipantDirectory(engine), configuredAdminPassword);
  }

  private void createUser(String id, String password) {
    User user = identityService.newUser(id);
    user.setPassword(password);
    identityService.saveUser(user);
  }
}
