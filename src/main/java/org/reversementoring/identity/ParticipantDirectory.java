package org.reversementoring.identity;

/**
 * Accounts of the people who take part in a process. The Camunda identity service implements
 * it today; a company directory (LDAP, SCIM, an IdP) can replace it behind this interface.
 */
public interface ParticipantDirectory {

  /**
   * Returns the user id of the person with this email, creating an account in the given group
   * when there is none yet. Never sets a password.
   */
  String ensureParticipant(String email, String firstName, String lastName, ProgramGroup group);

  /** The participant with this email address (case does not matter), if there is one. */
  java.util.Optional<Participant> findByEmail(String email);

  /** The participant with this email whose account has no password yet, if there is one. */
  java.util.Optional<Participant> findAwaitingActivation(String email);

  /** The participant with this user id, if there is one. */
  java.util.Optional<Participant> findById(String userId);

  /** Whether the account can log in with a password already; false for unknown ids. */
  boolean hasPassword(String userId);

  /**
   * Whether this password is the account's. False for unknown ids and accounts without a
   * password. Counts no failed login: throttling is the login's business, not the directory's.
   */
  boolean passwordMatches(String userId, String password);

  /** The ids of the groups the account belongs to; empty for unknown ids. */
  java.util.List<String> groupIds(String userId);

  /** Sets the password of an existing account (activation); the caller checks the rules. */
  void setPassword(String userId, String password);

  /** Email addresses of all members of a group, for mails to a whole team. */
  java.util.List<String> emailsOf(ProgramGroup group);

  /** The members of a group with an email address, each by their user id, e.g. for a mail of their own. */
  java.util.List<Participant> membersOf(ProgramGroup group);

  /** Deletes the account of a participant whose data is erased; unknown ids are ignored. */
  void removeParticipant(String userId);
}
