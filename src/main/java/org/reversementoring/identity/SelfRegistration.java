package org.reversementoring.identity;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.reversementoring.common.RejectedInputException;
import org.springframework.stereotype.Component;

/**
 * Mentors apply and executives enrol only as themselves (see {@link ActingUser}): the email they
 * register must be their own account's, and they are registered under their account's names.
 * The program office registers anyone, under the names given.
 */
@Component
public class SelfRegistration {

  private static final String EMAIL = "email";

  /** Says nothing about the address given: whether someone has it, or an open case. */
  static final String NOT_YOUR_ADDRESS = "must be the address of your own account: the program office registers other people";

  private final IdentityService identityService;
  private final ParticipantDirectory directory;

  public SelfRegistration(IdentityService identityService, ParticipantDirectory directory) {
    this.identityService = identityService;
    this.directory = directory;
  }

  /**
   * The names to register the person with this email under: those given, or the participant's own.
   *
   * @throws org.reversementoring.common.RejectedInputException naming {@code email} when a
   *     participant registers someone else
   */
  public PersonName namesFor(String email, PersonName given) {
    Optional<String> participantId = ActingUser.participantId(identityService.getCurrentAuthentication());
    if (participantId.isEmpty()) {
      return given;
    }
    Participant self = participantId.flatMap(directory::findById)
        .filter(account -> account.email() != null && email != null && account.email().equalsIgnoreCase(email.strip()))
        .orElseThrow(() -> new RejectedInputException(EMAIL, NOT_YOUR_ADDRESS));
    return new PersonName(accountOr(self.firstName(), given.firstName()), accountOr(self.lastName(), given.lastName()));
  }

  private static String accountOr(String fromAccount, String given) {
    return fromAccount.isBlank() ? given : fromAccount;
  }
}
