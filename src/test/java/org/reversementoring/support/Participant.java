package org.reversementoring.support;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;

/** Acts in the engine as a participant would: logged in as them, with their groups, so authorizations hold. */
public final class Participant {

  private Participant() {
  }

  /** From now on the engine acts for this user, with their groups; clear the authentication after. */
  public static void loginAs(IdentityService identity, String userId) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
  }

  /** Completes the task as this user, then runs the jobs that follow. */
  public static void completeAs(IdentityService identity, TaskService tasks, ManagementService management,
      String userId, Task task, Map<String, Object> variables) {
    loginAs(identity, userId);
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
    Jobs.runDue(management);
  }
}
