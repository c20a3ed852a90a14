package org.reversementoring.enrollment;

/** What else must go when an enrollment was anonymised: the account, its mails and history. */
public record ErasedEnrollment(String userId, String email, String processInstanceId) {
}
