package org.reversementoring.matching;

import java.util.List;
import java.util.Set;

/**
 * A qualified apprentice mentor as the matcher sees them.
 *
 * @param id mentor record id
 * @param email the mentor's e-mail (checked against the mentee's exclusion list)
 * @param department department name; compared case-insensitively
 * @param birthYear year of birth
 * @param topics codes of the topic catalogue ({@link org.reversementoring.content.TopicCatalogue})
 * @param language language code, e.g. {@code de} or {@code en}
 * @param location site, e.g. {@code Munich}
 * @param availability weekly slots such as {@code TUE-AM}
 * @param supervisorEmail the apprentice's training supervisor
 * @param capacity how many mentees the mentor takes in this cohort, 1 to 3
 * @param previousMenteeIds mentees this mentor has been paired with before
 */
public record MentorCandidate(
    long id,
    String email,
    String department,
    int birthYear,
    List<String> topics,
    String language,
    String location,
    Set<String> availability,
    String supervisorEmail,
    int capacity,
    Set<Long> previousMenteeIds) {

  public static final int MAX_CAPACITY = 3;

  public MentorCandidate {
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw new IllegalArgumentException(
          "Mentor " + id + ": capacity must be between 1 and " + MAX_CAPACITY + ", was " + capacity);
    }
    email = Text.trimmed(email);
    department = Text.trimmed(department);
    topics = Text.list(topics);
    language = Text.trimmed(language);
    location = Text.trimmed(location);
    availability = Text.slots(availability);
    supervisorEmail = Text.trimmed(supervisorEmail);
    previousMenteeIds = previousMenteeIds == null ? Set.of() : Set.copyOf(previousMenteeIds);
  }
}
