package org.reversementoring.identity;

import java.util.List;
import java.util.Optional;
import org.reversementoring.common.Language;
import org.reversementoring.common.PersonLanguages;
import org.reversementoring.notification.Colleague;
import org.reversementoring.notification.RecipientDirectory;
import org.springframework.stereotype.Component;

/** Answers mail's questions from the program's accounts. */
@Component
class ProgramRecipientDirectory implements RecipientDirectory {

  private final ParticipantDirectory participants;
  private final AccountActivation activation;
  private final PersonLanguages languages;

  ProgramRecipientDirectory(ParticipantDirectory participants, AccountActivation activation,
      PersonLanguages languages) {
    this.participants = participants;
    this.activation = activation;
    this.languages = languages;
  }

  @Override
  public List<String> coordinatorEmails() {
    return participants.emailsOf(ProgramGroup.COORDINATORS);
  }

  @Override
  public List<Colleague> coordinators() {
    return participants.membersOf(ProgramGroup.COORDINATORS).stream()
        .map(member -> new Colleague(member.userId(), member.email(), member.firstName())).toList();
  }

  @Override
  public Optional<String> activationUrlFor(String email) {
    return activation.activationUrlFor(email);
  }

  @Override
  public Optional<Language> chosenLanguageOf(String email) {
    return participants.findByEmail(email).flatMap(account -> languages.chosen(account.userId()));
  }
}
