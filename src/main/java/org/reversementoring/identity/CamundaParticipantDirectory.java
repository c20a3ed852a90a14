package org.reversementoring.identity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.reversementoring.common.EmailAddress;
import org.springframework.stereotype.Component;

/** Participants as users of Camunda's own identity service, found by their email address. */
@Component
public class CamundaParticipantDirectory implements ParticipantDirectory {

  private final ProcessEngine processEngine;
  private final IdentityService identityService;

  public CamundaParticipantDirectory(ProcessEngine processEngine) {
    this.processEngine = processEngine;
    this.identityService = processEngine.getIdentityService();
  }

  @Override
  public String ensureParticipant(String email, String firstName, String lastName, ProgramGroup group) {
    String normalizedEmail = EmailAddress.normalized(email);
    String userId = userByEmail(normalizedEmail).map(User::getId)
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
    return userByEmail(email).map(CamundaParticipantDirectory::participant);
  }

  @Override
  public Optional<Participant> findAwaitingActivation(String email) {
    return userByEmail(email).filter(user -> !hasHash(user)).map(CamundaParticipantDirectory::participant);
  }

  @Override
  public Optional<Participant> findById(String userId) {
    return user(userId).map(CamundaParticipantDirectory::participant);
  }

  @Override
  public boolean hasPassword(String userId) {
    return user(userId).filter(CamundaParticipantDirectory::hasHash).isPresent();
  }

  @Override
  public boolean passwordMatches(String userId, String password) {
    // compares the stored hash: identityService.checkPassword would count a mismatch towards
    // the engine's lockout, which lets anyone lock anyone out, and fails on an account without
    // a password
    return password != null && user(userId)
        .filter(UserEntity.class::isInstance)
        .map(UserEntity.class::cast)
        .filter(entity -> entity.getPassword() != null && !entity.getPassword().isEmpty())
        .map(entity -> passwordManager().check(EncryptionUtil.saltPassword(password, entity.getSalt()),
            entity.getPassword()))
        .orElse(false);
  }

  @Override
  public List<String> groupIds(String userId) {
    if (userId == null || userId.isBlank()) {
      return List.of();
    }
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
  }

  @Override
  public void setPassword(String userId, String password) {
    User user = user(userId).orElseThrow(() -> new IllegalArgumentException("No account " + userId));
    user.setPassword(password);
    identityService.saveUser(user);
  }

  @Override
  public List<String> emailsOf(ProgramGroup group) {
    return membersOf(group).stream().map(Participant::email).distinct().toList();
  }

  @Override
  public List<Participant> membersOf(ProgramGroup group) {
    return identityService.createUserQuery().memberOfGroup(group.id()).orderByUserId().asc().list().stream()
        .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
        .map(CamundaParticipantDirectory::participant)
        .toList();
  }

  private static Participant participant(User user) {
    return new Participant(user.getId(), user.getEmail(),
        Objects.requireNonNullElse(user.getFirstName(), ""), Objects.requireNonNullElse(user.getLastName(), ""));
  }

  /** The query returns the stored hash; an account created by ensureParticipant has none. */
  private static boolean hasHash(User user) {
    return user.getPassword() != null && !user.getPassword().isEmpty();
  }

  private PasswordManager passwordManager() {
    return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getPasswordManager();
  }

  private Optional<User> userByEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return identityService.createUserQuery().userEmail(EmailAddress.normalized(email)).orderByUserId().asc()
        .listPage(0, 1).stream().findFirst();
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
