package org.reversementoring.notification;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.springframework.stereotype.Service;

/**
 * The one place that knows the coordinators' and organizers' addresses and which mail carries an activation
 * link: a participant's or colleague's mail does while their account has no password yet.
 */
@Service
public class Addressees {

  private final RecipientDirectory directory;
  private final ProgramProperties properties;

  public Addressees(RecipientDirectory directory, ProgramProperties properties) {
    this.directory = directory;
    this.properties = properties;
  }

  /** A participant greeted by first name. */
  public Addressee participant(String email, String firstName, Language language) {
    return new Addressee(List.of(email), firstName, language, activationUrl(email));
  }

  /** Someone the program knows by address only, e.g. a training supervisor. */
  public Addressee colleague(String email, Language language) {
    return new Addressee(List.of(email), language.colleague(), language, activationUrl(email));
  }

  /**
   * The language of a training supervisor's mails: the one they chose (on their program page),
   * else their apprentice's, whom the mail is about.
   */
  public Language supervisorLanguage(String email, Language apprentices) {
    return directory.chosenLanguageOf(email).orElse(apprentices);
  }

  /**
   * The program office: the members of the coordinators' group, one addressee per language they
   * read; the program office's address, in English, while the group has no members.
   */
  public List<Addressee> coordinators() {
    return byLanguage(directory.coordinatorEmailsByLanguage(),
        () -> List.of(Addressee.colleagues(List.of(properties.mail().coordinatorsAddress()), Language.EN)));
  }

  /**
   * The program organizers, one addressee per language they read; the program office while the
   * group has no members, so a mail for them is never lost.
   */
  public List<Addressee> organizers() {
    return byLanguage(directory.organizerEmailsByLanguage(), this::coordinators);
  }

  private static List<Addressee> byLanguage(Map<Language, List<String>> members, Supplier<List<Addressee>> none) {
    if (members.isEmpty()) {
      return none.get();
    }
    return members.entrySet().stream().map(group -> Addressee.colleagues(group.getValue(), group.getKey())).toList();
  }

  private String activationUrl(String email) {
    return directory.activationUrlFor(email).orElse(null);
  }
}
