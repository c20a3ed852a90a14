package org.reversementoring.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Test builders with sensible, mutually compatible defaults. */
final class Candidates {

  private Candidates() {}

  static final class MentorBuilder {
    long id;
    String email;
    String department = "IT";
    int birthYear = 2004;
    List<String> topics = List.of("ai-tools", "social-media");
    String language = "de";
    String location = "Munich";
    Set<String> availability = Set.of("TUE-AM");
    String supervisorEmail = "trainer@example.com";
    int capacity = 1;
    Set<Long> previous = new HashSet<>();

    MentorBuilder(long id) {
      this.id = id;
      this.email = "mentor" + id + "@example.com";
    }

    MentorBuilder department(String v) { department = v; return this; }
    MentorBuilder born(int v) { birthYear = v; return this; }
    MentorBuilder topics(String... v) { topics = List.of(v); return this; }
    MentorBuilder language(String v) { language = v; return this; }
    MentorBuilder location(String v) { location = v; return this; }
    MentorBuilder slots(String... v) { availability = Set.of(v); return this; }
    MentorBuilder supervisor(String v) { supervisorEmail = v; return this; }
    MentorBuilder capacity(int v) { capacity = v; return this; }
    MentorBuilder pairedBefore(long menteeId) { previous.add(menteeId); return this; }

    MentorCandidate build() {
      return new MentorCandidate(id, email, department, birthYear, topics, language, location,
          availability, supervisorEmail, capacity, previous);
    }
  }

  static final class MenteeBuilder {
    long id;
    String email;
    String department = "Sales";
    int birthYear = 1970;
    List<String> topics = List.of("ai-tools");
    String language = "de";
    String location = "Munich";
    Set<String> availability = Set.of("TUE-AM");
    Set<String> exclusions = new HashSet<>();
    Set<String> chain = new HashSet<>();

    MenteeBuilder(long id) {
      this.id = id;
      this.email = "exec" + id + "@example.com";
    }

    MenteeBuilder department(String v) { department = v; return this; }
    MenteeBuilder born(int v) { birthYear = v; return this; }
    MenteeBuilder topics(String... v) { topics = List.of(v); return this; }
    MenteeBuilder language(String v) { language = v; return this; }
    MenteeBuilder location(String v) { location = v; return this; }
    MenteeBuilder slots(String... v) { availability = Set.of(v); return this; }
    MenteeBuilder excludes(String v) { exclusions.add(v); return this; }
    MenteeBuilder chain(String... v) { chain.addAll(List.of(v)); return this; }
    MenteeBuilder email(String v) { email = v; return this; }

    MenteeCandidate build() {
      return new MenteeCandidate(id, email, department, birthYear, topics, language, location,
          availability, exclusions, chain);
    }
  }

  static MentorBuilder mentor(long id) {
    return new MentorBuilder(id);
  }

  static MenteeBuilder mentee(long id) {
    return new MenteeBuilder(id);
  }
}
