package org.reversementoring.identity;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * A new account may read itself, not change itself. Camunda grants every new user ALL on their
 * own user, so anyone could set their email to someone else's and receive that person's tasks
 * and mails. Profiles are changed in Admin by camunda-admin; passwords on the app's own page
 * ({@code /account/password}), which checks the current one.
 */
@Component
class OwnAccountReadOnly extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
      @Override
      public AuthorizationEntity[] newUser(User user) {
        return new AuthorizationEntity[] {createGrantAuthorization(user.getId(), null, Resources.USER,
            user.getId(), Permissions.READ)};
      }
    });
  }
}
