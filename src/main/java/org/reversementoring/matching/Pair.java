package org.reversementoring.matching;

/** A mentor–mentee pair named by their ids, used for coordinator vetoes and fixed pairs. */
public record Pair(long mentorId, long menteeId) {

  public static Pair of(long mentorId, long menteeId) {
    return new Pair(mentorId, menteeId);
  }
}
