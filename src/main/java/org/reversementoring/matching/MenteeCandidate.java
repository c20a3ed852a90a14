package org.reversementoring.matching;

import java.util.List;
import java.util.Set;

/**
 * A waiting executive as the matcher sees them.
 *
 * @param id mentee record id
 * @param email the mentee's e-mail
 * @param department department name; compared case-insensitively
 * @param birthYear year of birth
 * @param topics wanted topic codes in priority order, most wanted first
 * @param language language code
 * @param location site
 * @param availability weekly slots such as {@code TUE-AM}
 * @param exclusions e-mails of people the mentee must not be paired with
 * @param managementChain e-mails of everyone in the mentee's reporting line: the managers the
 *     mentee reports to and the people who report to the mentee, directly or indirectly. A
 *     mentor whose supervisor is the mentee or anyone in this set is never proposed.
 */
public record MenteeCandidate(
    long id,
    String email,
    String department,
    int birthYear,
    List<String> topics,
    String language,
    String location,
    Set<String> availability,
    Set<String> exclusions,
    Set<String> managementChain) {

  public MenteeCandidate {
    email = Text.trimmed(email);
    department = Text.trimmed(department);
    topics = Text.list(topics);
    language = Text.trimmed(language);
    location = Text.trimmed(location);
    availability = Text.slots(availability);
    exclusions = Text.emails(exclusions);
    managementChain = Text.emails(managementChain);
  }
}
