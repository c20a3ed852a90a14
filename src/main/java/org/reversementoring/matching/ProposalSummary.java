package org.reversementoring.matching;

import java.util.List;

/**
 * The proposal in words for "Review matching proposal", in one language: numbered pairs with fit
 * and reasons, then who is left over and why. Kept under the engine's limit for text variables;
 * a longer list ends with a note how many pairs are not shown.
 */
public final class ProposalSummary {

  /** Camunda stores text variables of at most 4,000 characters. */
  static final int MAX_LENGTH = 3_900;

  private ProposalSummary() {
  }

  public static String of(MatchingResult result, MatchingPool pool, MatchingWords.In words) {
    StringBuilder text = new StringBuilder();
    List<Proposal> proposals = result.proposals();
    if (proposals.isEmpty()) {
      text.append(emptyMessage(pool, words)).append("\n");
    } else {
      text.append(words.text("summary.proposed", proposals.size(), result.totalScore())).append("\n");
    }
    StringBuilder tail = new StringBuilder();
    if (!result.rejectedFixedPairs().isEmpty()) {
      tail.append("\n").append(words.text("summary.rejected")).append("\n");
      for (RejectedFixedPair rejected : result.rejectedFixedPairs()) {
        tail.append("- ").append(mentor(pool, rejected.pair().mentorId(), words)).append(" + ")
            .append(mentee(pool, rejected.pair().menteeId(), words)).append(": ")
            .append(words.reason(rejected.reason())).append("\n");
      }
    }
    if (!result.unmatchedMentees().isEmpty()) {
      tail.append("\n").append(words.text("summary.unmatched-mentees", result.unmatchedMentees().size())).append("\n");
      for (UnmatchedMentee unmatched : result.unmatchedMentees()) {
        tail.append("- ").append(mentee(pool, unmatched.menteeId(), words)).append(": ")
            .append(words.reason(unmatched.reason())).append("\n");
      }
    }
    if (!result.unmatchedMentors().isEmpty()) {
      tail.append("\n").append(words.text("summary.unmatched-mentors", result.unmatchedMentors().size())).append("\n");
      for (UnmatchedMentor unmatched : result.unmatchedMentors()) {
        tail.append("- ").append(mentor(pool, unmatched.mentorId(), words)).append(", ")
            .append(words.text("summary.free-places", unmatched.freePlaces())).append(": ")
            .append(words.reason(unmatched.reason())).append("\n");
      }
    }
    for (int i = 0; i < proposals.size(); i++) {
      Proposal p = proposals.get(i);
      String line = words.text("summary.pair", i + 1, mentor(pool, p.mentorId(), words), mentee(pool, p.menteeId(), words),
          p.score(), words.reasons(p.reasons())) + "\n";
      String more = words.text("summary.more", proposals.size() - i) + "\n";
      if (text.length() + line.length() + more.length() + Math.min(tail.length(), 1_000) > MAX_LENGTH) {
        text.append(more);
        break;
      }
      text.append(line);
    }
    text.append(tail);
    return text.length() <= MAX_LENGTH ? text.toString() : text.substring(0, MAX_LENGTH - 4) + " ...";
  }

  private static String emptyMessage(MatchingPool pool, MatchingWords.In words) {
    if (pool.mentors().isEmpty() && pool.mentees().isEmpty()) {
      return words.text("summary.nothing");
    }
    if (pool.mentors().isEmpty()) {
      return words.text("summary.no-mentors");
    }
    if (pool.mentees().isEmpty()) {
      return words.text("summary.no-mentees");
    }
    return words.text("summary.no-pair");
  }

  private static String mentor(MatchingPool pool, long id, MatchingWords.In words) {
    MatchingPool.Person person = pool.mentorPeople().get(id);
    return person == null ? words.text("summary.mentor", id) : person.label();
  }

  private static String mentee(MatchingPool pool, long id, MatchingWords.In words) {
    MatchingPool.Person person = pool.menteePeople().get(id);
    return person == null ? words.text("summary.mentee", id) : person.label();
  }
}
