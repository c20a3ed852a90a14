package org.reversementoring.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.reversementoring.identity.ProgramGroup.ACADEMY_TRAINERS;
import static org.reversementoring.identity.ProgramGroup.ADMINS;
import static org.reversementoring.identity.ProgramGroup.COORDINATORS;
import static org.reversementoring.identity.ProgramGroup.MENTEES;
import static org.reversementoring.identity.ProgramGroup.MENTORS;
import static org.reversementoring.identity.ProgramGroup.PROCESS_OWNERS;
import static org.reversementoring.identity.ProgramGroup.PROGRAM_ORGANIZERS;
import static org.reversementoring.identity.ProgramGroup.TRAINING_SUPERVISORS;

import jakarta.annotation.PostConstruct;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Creates the program's groups and grants each what its people may see and do. Runs on every
 * start, before the app serves requests, and only adds what is missing, so grants made in Admin
 * stay. Participants get no task permissions: the engine authorizes assignees and candidate
 * groups on each task.
 */
@Component
public class ProgramAuthorizations {

  private static final Set<ProgramGroup> TASKLIST_USERS = EnumSet.of(COORDINATORS, PROGRAM_ORGANIZERS,
      ACADEMY_TRAINERS, TRAINING_SUPERVISORS, MENTORS, MENTEES);
  private static final Set<ProgramGroup> COCKPIT_USERS = EnumSet.of(COORDINATORS, PROCESS_OWNERS);

  private static final String MENTOR_RECRUITMENT = "mentor-recruitment";
  private static final String MENTEE_ENROLLMENT = "mentee-enrollment";
  private static final String PLAN_ACADEMY_COHORT = "plan-academy-cohort";

  private final IdentityService identityService;
  private final GroupGrants grants;
  private final TasklistFilters filters;

  public ProgramAuthorizations(IdentityService identityService, GroupGrants grants,
      TasklistFilters filters) {
    this.identityService = identityService;
    this.grants = grants;
    this.filters = filters;
  }

  @PostConstruct
  public void apply() {
    for (ProgramGroup group : ProgramGroup.values()) {
      ensureGroup(group);
    }
    grantAdministrators();
    grantApplications();
    grantCoordinators();
    grantProcessOwners();
    grantProcessStart(MENTORS, MENTOR_RECRUITMENT);
    grantProcessStart(MENTEES, MENTEE_ENROLLMENT);
    // organizers plan Academy cohorts like the program office
    grantProcessStart(PROGRAM_ORGANIZERS, PLAN_ACADEMY_COHORT);
    grants.narrowOwnAccountsToRead();
    filters.apply(TASKLIST_USERS);
  }

  private void ensureGroup(ProgramGroup programGroup) {
    if (identityService.createGroupQuery().groupId(programGroup.id()).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(programGroup.id());
    group.setName(programGroup.displayName());
    group.setType(programGroup == ADMINS ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
    identityService.saveGroup(group);
  }

  /** As the starter's admin-user and Admin's setup page do; neither runs in every profile. */
  private void grantAdministrators() {
    for (Resources resource : Resources.values()) {
      grants.grant(ADMINS.id(), resource, ANY, Permissions.ALL);
    }
  }

  private void grantApplications() {
    for (ProgramGroup group : ProgramGroup.values()) {
      if (group != ADMINS) {
        grants.grant(group.id(), APPLICATION, "welcome", Permissions.ACCESS);
      }
    }
    TASKLIST_USERS.forEach(group -> grants.grant(group.id(), APPLICATION, "tasklist", Permissions.ACCESS));
    COCKPIT_USERS.forEach(group -> grants.grant(group.id(), APPLICATION, "cockpit", Permissions.ACCESS));
  }

  private void grantCoordinators() {
    String coordinators = COORDINATORS.id();
    grants.grant(coordinators, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE);
    grants.grant(coordinators, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE,
        ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE);
    grants.grant(coordinators, DECISION_DEFINITION, ANY, Permissions.READ);
    grants.grant(coordinators, TASK, ANY, TaskPermissions.READ, TaskPermissions.UPDATE);
    grants.grant(coordinators, HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    grants.grant(coordinators, HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
  }

  private void grantProcessOwners() {
    String owners = PROCESS_OWNERS.id();
    grants.grant(owners, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE);
    grants.grant(owners, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grants.grant(owners, DECISION_DEFINITION, ANY, Permissions.READ);
    grants.grant(owners, DEPLOYMENT, ANY, Permissions.READ);
  }

  private void grantProcessStart(ProgramGroup group, String processKey) {
    grants.grant(group.id(), PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grants.grant(group.id(), PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
  }
}
