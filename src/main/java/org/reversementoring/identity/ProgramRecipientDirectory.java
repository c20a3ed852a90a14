package org.reversementoring.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.reversementoring.common.Language;
import org.reversementoring.common.PersonLanguages;
import org.reversementoring.notification.Colleague;
import org.reversementoring.notification.RecipientDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Answers mail's questions from the program's accounts. */
@Component
class ProgramRecipientDirectory implements RecipientDirectory {

  private final ParticipantDirectory participants;
  private final AccountActivation activation;
  private final ObjectProvider<PersonLanguages> languages;

  ProgramRecipientDirectory(ParticipantDirectory participants, AccountActivation activation,
      ObjectProvider<PersonLanguages> languages) {
    this.participants = participants;
    this.activation = activation;
    this.languages = languages;
  }

  @Override
  public Map<Language, List<String>> coordinatorEmailsByLanguage() {
    return emailsByLanguage(ProgramGroup.COORDINATORS);
  }

  @Override
  public Map<Language, List<String>> organizerEmailsByLanguage() {
    return emailsByLanguage(ProgramGroup.PROGRAM_ORGANIZERS);
  }

  /** Each member reads in their own stored language (English when unknown). */
  private Map<Language, List<String>> emailsByLanguage(ProgramGroup group) {
    Map<Language, List<String>> byLanguage = new TreeMap<>();
    for (Participant member : participants.membersOf(group)) {
      if (member.email() != null) {
        Language language = languages.getObject().of(member.userId()).orElse(Language.EN);
        byLanguage.computeIfAbsent(language, key -> new ArrayList<>()).add(member.email());
      }
    }
    return byLanguage;
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
    return participants.findByEmail(email).flatMap(account -> languages.getObject().chosen(account.userId()));
  }
}
