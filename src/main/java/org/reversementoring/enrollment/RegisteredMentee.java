package org.reversementoring.enrollment;

/** What the process keeps of a registered enrollment: ids, not copies of personal data. */
public record RegisteredMentee(long menteeId, String number) {
}
