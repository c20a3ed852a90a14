package org.reversementoring.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reversementoring.common.Language;

/** What mail needs to know of the program's accounts; the identity capability answers. */
public interface RecipientDirectory {

  /** The coordinators' addresses by the language each reads; empty while the group has no members. */
  Map<Language, List<String>> coordinatorEmailsByLanguage();

  /** The program organizers' addresses by the language each reads; empty while the group has no members. */
  Map<Language, List<String>> organizerEmailsByLanguage();

  /** Each coordinator with an address, for a mail of their own (e.g. the morning digest). */
  List<Colleague> coordinators();

  /** The link that sets the password of the account with this address, while it has none. */
  Optional<String> activationUrlFor(String email);

  /** The language the person with this address chose themselves; empty while they chose none. */
  Optional<Language> chosenLanguageOf(String email);
}
