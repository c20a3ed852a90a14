package org.reversementoring.identity;

import jakarta.annotation.PostConstruct;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Refuses to start production while a documented demo password still works, for example after
 * the demo profile once ran against the production database. Runs while the context is built,
 * so the web server never accepts a request.
 */
@Component
@Profile("prod")
class DemoPasswordGuard {

  private final IdentityService identityService;
  private final PasswordManager passwordManager;
  private final String adminUserPassword;

  DemoPasswordGuard(ProcessEngine processEngine,
      @Value("${camunda.bpm.admin-user.password:}") String adminUserPassword) {
    this.identityService = processEngine.getIdentityService();
    this.passwordManager = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getPasswordManager();
    this.adminUserPassword = adminUserPassword;
  }

  @PostConstruct
  void refuseDemoPasswords() {
    List<String> problems = new ArrayList<>();
    if (DemoUser.isDemoPassword(adminUserPassword)) {
      problems.add("camunda.bpm.admin-user.password is a demo password");
    }
    for (DemoUser demo : DemoUser.values()) {
      if (acceptsPassword(demo.id(), demo.password())) {
        problems.add("user '" + demo.id() + "' still has its demo password");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Refusing to start with the prod profile: "
          + String.join("; ", problems) + ". Set a strong camunda.bpm.admin-user.password or "
          + "none, and change these users' passwords in Camunda Admin > Users (start once "
          + "without the prod profile against this database to get there).");
    }
  }

  /**
   * Compares the stored hash, because identityService.checkPassword counts every mismatch as a
   * failed login and would eventually lock a real account that shares a demo id (say "admin").
   */
  private boolean acceptsPassword(String userId, String password) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user instanceof UserEntity entity
        && entity.getPassword() != null
        && passwordManager.check(EncryptionUtil.saltPassword(password, entity.getSalt()),
            entity.getPassword());
  }
}
