package org.reversementoring.identity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Participants as users of Camunda's own identity service, found by their email address. */
@Component
public class CamundaParticipantDirectory implements ParticipantDirectory {

  private final IdentityService identityService;

  public CamundaParticipantDirectory(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public String ensureParticipant(String email, String firstName, String lastName, ProgramGroup group) {
    String normalizedEmail = email.trim().toLowerCase(Locale.ROOT);
    String userId = userIdByEmail(normalizedEmail)
        .orElseGet(() -> createUser(normalizedEmail, firstName, lastName));
    if (identityService.createUserQuery().userId(userId).memberOfGroup(group.id()).count() == 0) {
      identityService.createMembership(userId, group.id());
    }
    return userId;
  }

  @Override
  public List<String> emailsOf(ProgramGroup group) {
    return identityService.createUserQuery().memberOfGroup(group.id()).orderByUserId().asc().list()
        .stream()
        .map(User::getEmail)
        .filter(Objects::nonNull)
        .filter(email -> !email.isBlank())
        .distinct()
        .toList();
  }

  private Optional<String> userIdByEmail(String email) {
    return identityService.createUserQuery().userEmail(email).orderByUserId().asc().listPage(0, 1)
        .stream()
        .map(User::getId)
        .findFirst();
  }

  private String createUser(String email, String firstName, String lastName) {
    String userId = ParticipantIds.fromEmail(email, this::userExists);
    User user = identityService.newUser(userId);
    user.setEmail(email);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    identityService.saveUser(user);
    return userId;
  }

  private boolean userExists(String userId) {
    return identityService.createUserQuery().userId(userId).count() > 0;
  }
}
