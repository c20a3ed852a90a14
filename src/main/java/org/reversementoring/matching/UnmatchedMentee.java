package org.reversementoring.matching;

/** A mentee left on the waitlist, with the reason in plain English. */
public record UnmatchedMentee(long menteeId, String reason) {}
