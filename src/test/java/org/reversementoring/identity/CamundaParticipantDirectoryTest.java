package org.reversementoring.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IdentityIntegrationTest
class CamundaParticipantDirectoryTest {

  @Autowired
  ParticipantDirectory directory;
  @Autowired
  IdentityService identityService;

  @Test
  void createsAnAccountWithoutPasswordAndKeepsNonAsciiNames() {
    String id = directory.ensureParticipant("Jürgen.Łaski@Example.com", "Jürgen", "Łaski",
        ProgramGroup.MENTORS);

    User user = identityService.createUserQuery().userId(id).singleResult();
    assertThat(id).isEqualTo("jurgenlaski");
    assertThat(user.getFirstName()).isEqualTo("Jürgen");
    assertThat(user.getLastName()).isEqualTo("Łaski");
    assertThat(user.getEmail()).isEqualTo("jürgen.łaski@example.com");
    assertThat(user.getPassword()).isNull();
    assertThat(memberOf(id, ProgramGroup.MENTORS)).isTrue();
  }

  @Test
  void findsAnExistingAccountByEmailIgnoringCaseAndAddsTheGroup() {
    try {
      String id = directory.ensureParticipant("Sven.Vogel@EXAMPLE.com", "", "",
          ProgramGroup.ACADEMY_TRAINERS);
      String again = directory.ensureParticipant("sven.vogel@example.com", "", "",
          ProgramGroup.ACADEMY_TRAINERS);

      assertThat(id).isEqualTo(again).isEqualTo("sven");
      assertThat(memberOf(id, ProgramGroup.TRAINING_SUPERVISORS)).isTrue();
      assertThat(memberOf(id, ProgramGroup.ACADEMY_TRAINERS)).isTrue();
      assertThat(identityService.createUserQuery().userId("sven").singleResult().getLastName())
          .isEqualTo("Vogel");
    } finally {
      // the app is shared with the other app tests: Sven stays a supervisor only
      identityService.deleteMembership("sven", ProgramGroup.ACADEMY_TRAINERS.id());
    }
  }

  @Test
  void givesADifferentPersonWithTheSameDerivedIdASuffix() {
    String first = directory.ensureParticipant("anna.roth@example.com", "Anna", "Roth",
        ProgramGroup.MENTEES);
    String second = directory.ensureParticipant("anna.roth@example.org", "Anna", "Roth",
        ProgramGroup.MENTORS);

    assertThat(first).isEqualTo("annaroth");
    assertThat(second).isEqualTo("annaroth2");
  }

  @Test
  void findsAnAccountAwaitingActivationByEmailUntilItHasAPassword() {
    String id = directory.ensureParticipant("Zoë.Łukasiewicz.Directory@Example.com", "Zoë", "Łukasiewicz-Müller",
        ProgramGroup.MENTORS);

    assertThat(directory.findAwaitingActivation("  ZOË.łukasiewicz.directory@example.COM "))
        .map(Participant::userId).contains(id);
    assertThat(directory.findAwaitingActivation("nobody@example.com")).isEmpty();
    assertThat(directory.findAwaitingActivation(null)).isEmpty();

    directory.setPassword(id, "a-long-and-secret-passphrase");

    assertThat(directory.findAwaitingActivation("zoë.łukasiewicz.directory@example.com")).isEmpty();
    assertThat(directory.findByEmail("zoë.łukasiewicz.directory@example.com")).map(Participant::firstName)
        .contains("Zoë");
  }

  @Test
  void listsTheEmailsOfAGroup() {
    List<String> mentees = directory.emailsOf(ProgramGroup.MENTEES);

    assertThat(mentees).contains("marc.weber@example.com", "ines.braun@example.com")
        .doesNotContain("lena.fischer@example.com");
  }

  private boolean memberOf(String userId, ProgramGroup group) {
    return identityService.createUserQuery().userId(userId).memberOfGroup(group.id()).count() == 1;
  }
}
