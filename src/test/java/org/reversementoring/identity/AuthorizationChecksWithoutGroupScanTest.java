package org.reversementoring.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IdentityIntegrationTest
class AuthorizationChecksWithoutGroupScanTest {

  private static final String GROUP_WITHOUT_GRANTS = "rm-test-no-grants";
  private static final String REVOKED_GROUP = "rm-test-revoked";

  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  ProcessEngine processEngine;

  @AfterEach
  void removeTheRevoke() {
    authorizationService.createAuthorizationQuery().groupIdIn(REVOKED_GROUP).list()
        .forEach(revoke -> authorizationService.deleteAuthorization(revoke.getId()));
  }

  @Test
  void theEngineChecksWithTheGroupsAsGiven() {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

    assertThat(configuration.getSessionFactories().get(AuthorizationManager.class).openSession())
        .isInstanceOf(AuthorizationChecksWithoutGroupScan.GroupsAsGiven.class);
  }

  @Test
  void aGroupWithoutAuthorizationsNeitherGrantsNorTakesAway() {
    assertThat(marcMayStart("mentee-enrollment", GROUP_WITHOUT_GRANTS)).isTrue();
    assertThat(marcMayStart("mentor-recruitment", GROUP_WITHOUT_GRANTS)).isFalse();
    assertThat(authorizationService.isUserAuthorized(DemoUser.MARC.id(), List.of(GROUP_WITHOUT_GRANTS),
        CREATE_INSTANCE, PROCESS_DEFINITION, "mentee-enrollment")).isFalse();
  }

  /** The coordinators may start any process; a revoke for one process, held by another group, wins. */
  @Test
  void aRevokeOnOneOfTheGroupsStillRefuses() {
    Authorization revoke = authorizationService.createNewAuthorization(AUTH_TYPE_REVOKE);
    revoke.setGroupId(REVOKED_GROUP);
    revoke.setResource(PROCESS_DEFINITION);
    revoke.setResourceId("mentee-enrollment");
    revoke.removePermission(CREATE_INSTANCE);
    authorizationService.saveAuthorization(revoke);

    assertThat(mayStart(DemoUser.CARLA, "mentee-enrollment", REVOKED_GROUP)).isFalse();
    assertThat(mayStart(DemoUser.CARLA, "mentor-recruitment", REVOKED_GROUP)).isTrue();
    assertThat(mayStart(DemoUser.CARLA, "mentee-enrollment", GROUP_WITHOUT_GRANTS)).isTrue();
  }

  private boolean marcMayStart(String processDefinitionKey, String otherGroup) {
    return mayStart(DemoUser.MARC, processDefinitionKey, otherGroup);
  }

  private boolean mayStart(DemoUser user, String processDefinitionKey, String otherGroup) {
    return authorizationService.isUserAuthorized(user.id(), List.of(user.group().id(), otherGroup),
        CREATE_INSTANCE, PROCESS_DEFINITION, processDefinitionKey);
  }
}
