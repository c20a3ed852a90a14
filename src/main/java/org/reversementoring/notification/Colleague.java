package org.reversementoring.notification;

/** A member of the program office, who gets mails of their own (e.g. the morning digest). */
public record Colleague(String userId, String email, String firstName) {
}
