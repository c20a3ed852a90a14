package org.reversementoring.notification;

import java.util.List;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.identity.AccountActivation;
import org.reversementoring.identity.ParticipantDirectory;
import org.reversementoring.identity.ProgramGroup;
import org.springframework.stereotype.Service;

/**
 * The one place that knows the coordinators' addresses and which mail carries an activation
 * link: a participant's or colleague's mail does while their account has no password yet.
 */
@Service
public class Addressees {

  private final ParticipantDirectory participants;
  private final AccountActivation activation;
  private final ProgramProperties properties;

  public Addressees(ParticipantDirectory participants, AccountActivation activation, ProgramProperties properties) {
    this.participants = participants;
    this.activation = activation;
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

  /** The program office: the members of the coordinators' group, in English. */
  public Addressee coordinators() {
    return Addressee.colleagues(coordinatorAddresses(), Language.EN);
  }

  /** The members of the coordinators' group, or the program office's address while it has none. */
  public List<String> coordinatorAddresses() {
    List<String> members = participants.emailsOf(ProgramGroup.COORDINATORS);
    return members.isEmpty() ? List.of(properties.mail().coordinatorsAddress()) : members;
  }

  private String activationUrl(String email) {
    return activation.activationUrlFor(email).orElse(null);
  }
}
