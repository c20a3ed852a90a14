package org.reversementoring.recruitment;

import java.util.List;

/** What else must go when a person's records were anonymised: their account and history. */
public record ErasedPerson(long mentorId, String userId, String email, List<String> processInstanceIds) {
}
