package org.reversementoring.matching;

import java.util.List;

/**
 * The outcome of one matching run. All lists are in a deterministic order: proposals by mentor
 * id then mentee id, the unmatched by id.
 */
public record MatchingResult(
    List<Proposal> proposals,
    List<UnmatchedMentee> unmatchedMentees,
    List<UnmatchedMentor> unmatchedMentors,
    List<RejectedFixedPair> rejectedFixedPairs) {

  public MatchingResult {
    proposals = List.copyOf(proposals);
    unmatchedMentees = List.copyOf(unmatchedMentees);
    unmatchedMentors = List.copyOf(unmatchedMentors);
    rejectedFixedPairs = List.copyOf(rejectedFixedPairs);
  }

  /** Sum of the scores of all proposals (fixed ones included). */
  public int totalScore() {
    return proposals.stream().mapToInt(Proposal::score).sum();
  }
}
