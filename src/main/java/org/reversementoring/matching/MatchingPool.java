package org.reversementoring.matching;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who takes part in one matching run: mentors with free places and waiting executives, as the
 * matcher sees them and as a coordinator reads them.
 */
public record MatchingPool(
    List<MentorCandidate> mentors,
    List<MenteeCandidate> mentees,
    Map<Long, Person> mentorPeople,
    Map<Long, Person> menteePeople) {

  /** A participant as the proposal names them. */
  public record Person(long id, String name, String email, String reference, String department, String location) {

    /** "Lena Berger (lena@example.com, IT, Munich)". */
    public String label() {
      return name + " (" + email + ", " + department + ", " + location + ")";
    }
  }

  public MatchingPool {
    mentors = List.copyOf(mentors);
    mentees = List.copyOf(mentees);
    mentorPeople = Map.copyOf(mentorPeople);
    menteePeople = Map.copyOf(menteePeople);
  }

  public Optional<Person> mentorByEmail(String email) {
    return byEmail(mentorPeople, email);
  }

  public Optional<Person> menteeByEmail(String email) {
    return byEmail(menteePeople, email);
  }

  private static Optional<Person> byEmail(Map<Long, Person> people, String email) {
    return people.values().stream().filter(person -> person.email().equalsIgnoreCase(email.strip())).findFirst();
  }
}
