package org.reversementoring.identity;

/**
 * A person with an account in the participant directory.
 *
 * @param userId    the id they log in with (Tasklist, REST API)
 * @param email     their email address, lower case
 * @param firstName their first name; may be empty (supervisors are known by email only)
 * @param lastName  their last name; may be empty, like the first name
 */
public record Participant(String userId, String email, String firstName, String lastName) {
}
