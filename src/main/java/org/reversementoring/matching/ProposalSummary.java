package org.reversementoring.matching;

import java.util.List;

/**
 * The proposal in words for "Review matching proposal": numbered pairs with fit and reasons, then
 * who is left over and why. Kept under the engine's limit for text variables; a longer list ends
 * with a note how many pairs are not shown.
 */
public final class ProposalSummary {

  /** Camunda stores text variables of at most 4,000 characters. */
  static final int MAX_LENGTH = 3_900;

  private ProposalSummary() {
  }

  public static String of(MatchingResult result, MatchingPool pool) {
    StringBuilder text = new StringBuilder();
    List<Proposal> proposals = result.proposals();
    if (proposals.isEmpty()) {
      text.append(emptyMessage(pool)).append("\n");
    } else {
      text.append("Proposed tandems: ").append(proposals.size()).append(", total fit ")
          .append(result.totalScore()).append("\n");
    }
    StringBuilder tail = new StringBuilder();
    if (!result.rejectedFixedPairs().isEmpty()) {
      tail.append("\nFixed pairs that cannot be kept:\n");
      for (RejectedFixedPair rejected : result.rejectedFixedPairs()) {
        tail.append("- ").append(mentor(pool, rejected.pair().mentorId())).append(" + ")
            .append(mentee(pool, rejected.pair().menteeId())).append(": ").append(rejected.reason()).append("\n");
      }
    }
    if (!result.unmatchedMentees().isEmpty()) {
      tail.append("\nExecutives without a mentor this time: ").append(result.unmatchedMentees().size()).append("\n");
      for (UnmatchedMentee unmatched : result.unmatchedMentees()) {
        tail.append("- ").append(mentee(pool, unmatched.menteeId())).append(": ").append(unmatched.reason()).append("\n");
      }
    }
    if (!result.unmatchedMentors().isEmpty()) {
      tail.append("\nMentors with free places: ").append(result.unmatchedMentors().size()).append("\n");
      for (UnmatchedMentor unmatched : result.unmatchedMentors()) {
        tail.append("- ").append(mentor(pool, unmatched.mentorId())).append(", ")
            .append(unmatched.freePlaces()).append(unmatched.freePlaces() == 1 ? " place: " : " places: ")
            .append(unmatched.reason()).append("\n");
      }
    }
    for (int i = 0; i < proposals.size(); i++) {
      Proposal p = proposals.get(i);
      String line = (i + 1) + ". " + mentor(pool, p.mentorId()) + " + " + mentee(pool, p.menteeId())
          + ": fit " + p.score() + " (" + String.join("; ", p.reasons()) + ")\n";
      String more = "... and " + (proposals.size() - i) + " more pairs (see the proposal variable in Cockpit)\n";
      if (text.length() + line.length() + more.length() + Math.min(tail.length(), 1_000) > MAX_LENGTH) {
        text.append(more);
        break;
      }
      text.append(line);
    }
    text.append(tail);
    return text.length() <= MAX_LENGTH ? text.toString() : text.substring(0, MAX_LENGTH - 4) + " ...";
  }

  private static String emptyMessage(MatchingPool pool) {
    if (pool.mentors().isEmpty() && pool.mentees().isEmpty()) {
      return "Nothing to match: no qualified mentor has a free place and no executive is on the waitlist.";
    }
    if (pool.mentors().isEmpty()) {
      return "Nothing to match: no qualified mentor has a free place.";
    }
    if (pool.mentees().isEmpty()) {
      return "Nothing to match: no executive is on the waitlist.";
    }
    return "No pair keeps the hard rules; see the reasons below.";
  }

  private static String mentor(MatchingPool pool, long id) {
    MatchingPool.Person person = pool.mentorPeople().get(id);
    return person == null ? "mentor " + id : person.label();
  }

  private static String mentee(MatchingPool pool, long id) {
    MatchingPool.Person person = pool.menteePeople().get(id);
    return person == null ? "executive " + id : person.label();
  }
}
