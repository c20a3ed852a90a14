package org.reversementoring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProposalSummaryTest {

  @Test
  void numbersThePairsWithFitAndReasonsThenExplainsWhoIsLeftOver() {
    MatchingPool pool = pool(2, 3);
    MatchingResult result = new MatchingResult(
        List.of(new Proposal(1, 101, 82, List.of("shares 3 of 4 topics", "both in Munich"), false),
            new Proposal(2, 102, 40, List.of("fixed by the coordinator"), true)),
        List.of(new UnmatchedMentee(103, "no mentor outside your department")),
        List.of(),
        List.of(new RejectedFixedPair(new Pair(1, 103), "breaks the hard rules: same department")));

    String summary = ProposalSummary.of(result, pool);

    assertThat(summary).startsWith("Proposed tandems: 2, total fit 122\n"
        + "1. Mentor 1 (mentor1@example.com, IT, Munich) + Executive 101 (exec101@example.com, Sales, Berlin): "
        + "fit 82 (shares 3 of 4 topics; both in Munich)\n2. ");
    assertThat(summary).contains("Fixed pairs that cannot be kept:\n- Mentor 1 (mentor1@example.com, IT, Munich)"
        + " + Executive 103 (exec103@example.com, Sales, Berlin): breaks the hard rules: same department");
    assertThat(summary).contains("Executives without a mentor this time: 1\n- Executive 103 "
        + "(exec103@example.com, Sales, Berlin): no mentor outside your department");
  }

  @Test
  void saysWhyNothingIsProposed() {
    MatchingResult nothing = new MatchingResult(List.of(), List.of(), List.of(), List.of());
    assertThat(ProposalSummary.of(nothing, pool(0, 0))).startsWith("Nothing to match: no qualified mentor has a free place and no executive");
    assertThat(ProposalSummary.of(nothing, pool(0, 2))).startsWith("Nothing to match: no qualified mentor has a free place.");
    assertThat(ProposalSummary.of(nothing, pool(2, 0))).startsWith("Nothing to match: no executive is on the waitlist.");
    assertThat(ProposalSummary.of(nothing, pool(1, 1))).startsWith("No pair keeps the hard rules");
  }

  @Test
  void aLargeProposalStaysWithinTheEnginesTextLimitAndSaysHowManyPairsAreNotShown() {
    int n = 300;
    MatchingPool pool = pool(n, n);
    List<Proposal> proposals = new java.util.ArrayList<>();
    for (int i = 1; i <= n; i++) {
      proposals.add(new Proposal(i, 100 + i, 70, List.of("shares 2 of 3 topics", "Tuesday mornings overlap"), false));
    }
    String summary = ProposalSummary.of(new MatchingResult(proposals, List.of(), List.of(), List.of()), pool);

    assertThat(summary.length()).isLessThanOrEqualTo(ProposalSummary.MAX_LENGTH);
    assertThat(summary).startsWith("Proposed tandems: 300, total fit 21000").containsPattern("\\.\\.\\. and \\d+ more pairs");
  }

  private static MatchingPool pool(int mentors, int mentees) {
    Map<Long, MatchingPool.Person> mentorPeople = new HashMap<>();
    List<MentorCandidate> mentorCandidates = new java.util.ArrayList<>();
    for (long i = 1; i <= mentors; i++) {
      mentorPeople.put(i, new MatchingPool.Person(i, "Mentor " + i, "mentor" + i + "@example.com", null, "IT", "Munich"));
      mentorCandidates.add(Candidates.mentor(i).build());
    }
    Map<Long, MatchingPool.Person> menteePeople = new HashMap<>();
    List<MenteeCandidate> menteeCandidates = new java.util.ArrayList<>();
    for (long i = 101; i <= 100 + Math.max(mentees, 3); i++) {
      menteePeople.put(i, new MatchingPool.Person(i, "Executive " + i, "exec" + i + "@example.com", "RME-" + i, "Sales", "Berlin"));
      if (i <= 100 + mentees) {
        menteeCandidates.add(Candidates.mentee(i).build());
      }
    }
    return new MatchingPool(mentorCandidates, menteeCandidates, mentorPeople, menteePeople);
  }
}
