package org.reversementoring.matching;

/**
 * A mentor with capacity left over.
 *
 * @param mentorId the mentor
 * @param freePlaces places not filled in this run (equals the capacity when nobody was assigned)
 * @param reason why
 */
public record UnmatchedMentor(long mentorId, int freePlaces, Reason reason) {}
