package org.reversementoring.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IdentityIntegrationTest
class ProgramAuthorizationsTest {

  @Autowired
  ProgramAuthorizations programAuthorizations;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  IdentityService identityService;
  @Autowired
  FilterService filterService;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void runningAgainChangesNothing() {
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long groups = identityService.createGroupQuery().count();
    long filters = filterService.createFilterQuery().count();

    programAuthorizations.apply();
    programAuthorizations.apply();

    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
  }

  @Test
  void createsEveryProgramGroupWithItsType() {
    for (ProgramGroup group : ProgramGroup.values()) {
      String expectedType = group == ProgramGroup.ADMINS
          ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW;
      assertThat(identityService.createGroupQuery().groupId(group.id()).singleResult().getType())
          .as(group.id()).isEqualTo(expectedType);
    }
  }

  @Test
  void opensEachWebappOnlyToItsGroups() {
    assertThat(may(DemoUser.MARC, Permissions.ACCESS, APPLICATION, "tasklist")).isTrue();
    assertThat(may(DemoUser.MARC, Permissions.ACCESS, APPLICATION, "cockpit")).isFalse();
    assertThat(may(DemoUser.OTTO, Permissions.ACCESS, APPLICATION, "cockpit")).isTrue();
    assertThat(may(DemoUser.OTTO, Permissions.ACCESS, APPLICATION, "tasklist")).isFalse();
    assertThat(may(DemoUser.CARLA, Permissions.ACCESS, APPLICATION, "admin")).isFalse();
    assertThat(may(DemoUser.ADMIN, Permissions.ACCESS, APPLICATION, "admin")).isTrue();
  }

  @Test
  void coordinatorsWorkAllTasksAndProcessOwnersOnlyRead() {
    assertThat(may(DemoUser.CARLA, TaskPermissions.UPDATE, TASK, "any-task")).isTrue();
    assertThat(may(DemoUser.CARLA, ProcessInstancePermissions.UPDATE, PROCESS_INSTANCE, "any")).isTrue();
    assertThat(may(DemoUser.OTTO, ProcessDefinitionPermissions.READ_INSTANCE, PROCESS_DEFINITION,
        "tandem-lifecycle")).isTrue();
    assertThat(may(DemoUser.OTTO, ProcessInstancePermissions.UPDATE, PROCESS_INSTANCE, "any")).isFalse();
    assertThat(may(DemoUser.OTTO, TaskPermissions.READ, TASK, "any-task")).isFalse();
    assertThat(authorizationService.createAuthorizationQuery()
        .groupIdIn(ProgramGroup.PROCESS_OWNERS.id()).hasPermission(Permissions.UPDATE).count())
        .isZero();
  }

  @Test
  void participantsMayStartOnlyTheirOwnProcess() {
    assertThat(may(DemoUser.LENA, ProcessDefinitionPermissions.CREATE_INSTANCE, PROCESS_DEFINITION,
        "mentor-recruitment")).isTrue();
    assertThat(may(DemoUser.LENA, ProcessDefinitionPermissions.CREATE_INSTANCE, PROCESS_DEFINITION,
        "mentee-enrollment")).isFalse();
    assertThat(may(DemoUser.MARC, ProcessDefinitionPermissions.CREATE_INSTANCE, PROCESS_DEFINITION,
        "mentee-enrollment")).isTrue();
    assertThat(may(DemoUser.MARC, TaskPermissions.READ, TASK, "any-task")).isFalse();
  }

  @Test
  void showsTheProgramOfficesFiltersOnlyToTheGroupsThatWorkThem() {
    assertThat(visibleFilters(DemoUser.MARC))
        .containsExactlyInAnyOrder(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUP_TASKS);
    assertThat(visibleFilters(DemoUser.TINA)).containsExactlyInAnyOrder(TasklistFilters.MY_TASKS,
        TasklistFilters.MY_GROUP_TASKS, TasklistFilters.OVERDUE, TasklistFilters.ACADEMY);
    assertThat(visibleFilters(DemoUser.CARLA)).containsExactlyInAnyOrder(TasklistFilters.MY_TASKS,
        TasklistFilters.MY_GROUP_TASKS, TasklistFilters.OVERDUE, TasklistFilters.APPLICATIONS, TasklistFilters.ACADEMY,
        TasklistFilters.MATCHING, TasklistFilters.TANDEMS, TasklistFilters.ALL_PROGRAM_TASKS);
  }

  private boolean may(DemoUser user, Permission permission, Resource resource, String resourceId) {
    return authorizationService.isUserAuthorized(user.id(), List.of(user.group().id()), permission,
        resource, resourceId);
  }

  private List<String> visibleFilters(DemoUser user) {
    identityService.setAuthentication(user.id(), List.of(user.group().id()));
    return filterService.createFilterQuery().list().stream().map(Filter::getName).toList();
  }
}
