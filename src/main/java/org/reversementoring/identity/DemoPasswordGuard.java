package org.reversementoring.identity;

import jakarta.annotation.PostConstruct;
import java.util.ArrayList;
import java.util.List;
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

  private final ParticipantDirectory accounts;
  private final String adminUserPassword;

  DemoPasswordGuard(ParticipantDirectory accounts,
      @Value("${camunda.bpm.admin-user.password:}") String adminUserPassword) {
    this.accounts = accounts;
    this.adminUserPassword = adminUserPassword;
  }

  @PostConstruct
  void refuseDemoPasswords() {
    List<String> problems = new ArrayList<>();
    if (DemoUser.isDemoPassword(adminUserPassword)) {
      problems.add("camunda.bpm.admin-user.password is a demo password");
    }
    for (DemoUser demo : DemoUser.values()) {
      if (accounts.passwordMatches(demo.id(), demo.password())) {
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
}
