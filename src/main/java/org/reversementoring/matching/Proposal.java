package org.reversementoring.matching;

import java.util.List;

/**
 * One proposed tandem.
 *
 * @param mentorId the mentor
 * @param menteeId the mentee
 * @param score soft fit 0..100
 * @param reasons the fit, e.g. "shares 3 of 4 topics (AI tools first)" in words ({@link MatchingWords})
 * @param fixed true when the coordinator fixed this pair, false when the matcher chose it
 */
public record Proposal(long mentorId, long menteeId, int score, List<Reason> reasons, boolean fixed) {

  public Proposal {
    reasons = List.copyOf(reasons);
  }

  public Pair pair() {
    return new Pair(mentorId, menteeId);
  }
}
