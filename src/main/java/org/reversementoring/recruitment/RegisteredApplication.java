package org.reversementoring.recruitment;

/** What the process keeps of a registered application: ids, not copies of personal data. */
public record RegisteredApplication(
    long applicationId,
    String number,
    String summary,
    int topicCount,
    int earlierParticipations) {
}
