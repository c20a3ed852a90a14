package org.reversementoring.identity;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Grants permissions to a group, adding to an existing grant instead of duplicating it. */
@Component
class GroupGrants {

  private final AuthorizationService authorizationService;

  GroupGrants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /**
   * Accounts created before {@link OwnAccountReadOnly} hold ALL on themselves: keep READ only.
   * The administrators' rights come from their group, not from these grants.
   */
  void narrowOwnAccountsToRead() {
    for (Authorization own : authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.USER)
        .hasPermission(Permissions.UPDATE)
        .list()) {
      if (own.getUserId() != null && own.getUserId().equals(own.getResourceId())) {
        own.setPermissions(new Permission[] {Permissions.READ});
        authorizationService.saveAuthorization(own);
      }
    }
  }

  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
