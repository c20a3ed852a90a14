package org.reversementoring.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Authorization checks take the user's groups as they are. Before each command that checks a
 * user with groups, the engine reads every group that holds any authorization
 * ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}, no condition) to leave out the
 * user's groups without one. That read covers every account's own READ
 * ({@link OwnAccountReadOnly}), so it grew with the program: 10,137 rows at 5,000 journeys. A
 * group without authorizations matches no row of the check anyway, so the answer is the same;
 * the shortcut only pays off for people in hundreds of directory groups, which the program's
 * accounts are not.
 */
@Component
class AuthorizationChecksWithoutGroupScan extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      factories.addAll(configuration.getCustomSessionFactories());
    }
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new GroupsAsGiven();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  static class GroupsAsGiven extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      // a new list: MyBatis reads it by reflection, which the JDK's immutable lists refuse
      return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
    }
  }
}
