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

  /** Email addresses of all members of a group, for mails to a whole team. */
  java.util.List<String> emailsOf(ProgramGroup group);
}
