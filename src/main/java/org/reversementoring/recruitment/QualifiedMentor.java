package org.reversementoring.recruitment;

import java.util.List;

/** A qualified apprentice as matching needs them: the person and the topics of their selection. */
public record QualifiedMentor(
    long id,
    String email,
    String fullName,
    String department,
    int birthYear,
    List<String> topics,
    String language,
    String location,
    List<String> availability,
    String supervisorEmail,
    int capacity) {
}
