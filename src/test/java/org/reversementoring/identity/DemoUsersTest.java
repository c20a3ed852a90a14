package org.reversementoring.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@IdentityIntegrationTest
class DemoUsersTest {

  @Autowired
  IdentityService identityService;
  @Autowired
  DemoUsers demoUsers;

  @Test
  void everyDemoUserCanLogInWithTheDocumentedPasswordAndIsInItsGroup() {
    for (DemoUser demo : DemoUser.values()) {
      assertThat(identityService.checkPassword(demo.id(), demo.password())).as(demo.id()).isTrue();
      assertThat(identityService.createUserQuery().userId(demo.id())
          .memberOfGroup(demo.group().id()).count()).as(demo.id()).isEqualTo(1);
    }
  }

  @Test
  void eachParticipantRoleHasAGermanAndAnEnglishSpeakingPersonWithTheLanguageStored() {
    for (ProgramGroup role : List.of(ProgramGroup.MENTORS, ProgramGroup.MENTEES, ProgramGroup.TRAINING_SUPERVISORS)) {
      assertThat(Arrays.stream(DemoUser.values()).filter(demo -> demo.group() == role).map(DemoUser::language))
          .as(role.id()).contains(Language.DE, Language.EN);
    }
    for (DemoUser demo : DemoUser.values()) {
      assertThat(identityService.getUserInfo(demo.id(), Language.USER_INFO_KEY)).as(demo.id())
          .isEqualTo(demo.language().code());
    }
  }

  @Test
  void keepsNonAsciiNames() {
    User zoe = identityService.createUserQuery().userId("zoe").singleResult();

    assertThat(zoe.getFirstName()).isEqualTo("Zoë");
    assertThat(zoe.getLastName()).isEqualTo("Łukasiewicz-Müller");
  }

  @Test
  void seedingAgainChangesNothing() {
    long users = identityService.createUserQuery().count();

    demoUsers.seed();

    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
  }

  @Test
  void adminMatchesTheStartersAdminUser(@Value("${camunda.bpm.admin-user.id}") String id,
      @Value("${camunda.bpm.admin-user.password}") String password,
      @Value("${camunda.bpm.admin-user.email}") String email) {
    assertThat(id).isEqualTo(DemoUser.ADMIN.id());
    assertThat(password).isEqualTo(DemoUser.ADMIN.password());
    assertThat(email).isEqualTo(DemoUser.ADMIN.email());
  }
}
