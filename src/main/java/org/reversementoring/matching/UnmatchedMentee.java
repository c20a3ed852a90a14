package org.reversementoring.matching;

/** A mentee left on the waitlist, and why (their mail quotes it). */
public record UnmatchedMentee(long menteeId, Reason reason) {}
