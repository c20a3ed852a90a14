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
  public void removeParticipant(String userId) {
    if (userId != null && identityService.createUserQuery().userId(userId).count() > 0) {
      identityService.deleteUser(userId);
    }
  }

  @Override
  public Optional<Participant> findByEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return userIdByEmail(email.trim().toLowerCase(Locale.ROOT)).flatMap(this::findById);
  }

  @Override
  public Optional<Participant> findById(String userId) {
    return user(userId).map(user -> new Participant(user.getId(), user.getEmail(),
        Objects.requireNonNullElse(user.getFirstName(), ""), Objects.requireNonNullElse(user.getLastName(), "")));
  }

  @Override
  public boolean hasPassword(String userId) {
    // the query returns the stored hash; an account created by ensureParticipant has none
    return user(userId).map(User::getPassword).filter(hash -> !hash.isEmpty()).isPresent();
  }

  @Override
  public void setPassword(String userId, String password) {
    User user = user(userId).orElseThrow(() -> new IllegalArgumentException("No account " + userId));
    user.setPassword(password);
    identityService.saveUser(user);
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

  private Optional<User> user(String userId) {
    if (userId == null || userId.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult());
  }

  private boolean userExists(String userId) {
    return identityService.createUserQuery().userId(userId).count() > 0;
  }
}
