package org.reversementoring.recruitment;

/** What the process keeps of a registered application: ids, not copies of personal data. */
public record RegisteredApplication(
    long applicationId,
    String number,
    int topicCount,
    int earlierParticipations) {
}
