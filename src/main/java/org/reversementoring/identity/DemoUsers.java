package org.reversementoring.identity;

import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.reversementoring.common.Language;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Creates the demo accounts that are missing and gives each its language unless one is stored;
 * an existing account is left as it is.
 */
@Component
@Profile("demo")
@DependsOn("programAuthorizations") // memberships need the groups
class DemoUsers {

  private final IdentityService identityService;
  private final ParticipantDirectory participants;

  DemoUsers(IdentityService identityService, ParticipantDirectory participants) {
    this.identityService = identityService;
    this.participants = participants;
  }

  @PostConstruct
  void seed() {
    for (DemoUser demo : DemoUser.values()) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.email());
        user.setPassword(demo.password());
        identityService.saveUser(user);
      }
      if (identityService.getUserInfo(demo.id(), Language.USER_INFO_KEY) == null) {
        identityService.setUserInfo(demo.id(), Language.USER_INFO_KEY, demo.language().code());
      }
      participants.ensureParticipant(demo.email(), demo.firstName(), demo.lastName(), demo.group());
    }
  }
}
