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
        List.of(new Proposal(1, 101, 82, List.of(Reason.of(Why.SHARES_FIRST_CHOICE, 3, 4, "ai-tools"),
                Reason.of(Why.SAME_LOCATION, "Munich")), false),
            new Proposal(2, 102, 40, List.of(Reason.of(Why.FIXED_BY_COORDINATOR)), true)),
        List.of(new UnmatchedMentee(103, Reason.of(Why.NO_MENTOR_OUTSIDE_DEPARTMENT))),
        List.of(new UnmatchedMentor(2, 2, Reason.of(Why.NO_FURTHER_MENTEE))),
        List.of(new RejectedFixedPair(new Pair(1, 103), Reason.of(Why.BREAKS_HARD_RULES, "DIFFERENT_DEPARTMENT"))));

    String summary = ProposalSummary.of(result, pool, Words.EN);

    assertThat(summary).startsWith("Proposed tandems: 2, total fit 122\n"
        + "1. Mentor 1 (mentor1@example.com, IT, Munich) + Executive 101 (exec101@example.com, Sales, Berlin): "
        + "fit 82 (shares 3 of 4 topics (AI tools first); both in Munich)\n2. ");
    assertThat(summary).contains("Fixed pairs that cannot be kept:\n- Mentor 1 (mentor1@example.com, IT, Munich)"
        + " + Executive 103 (exec103@example.com, Sales, Berlin): breaks the hard rules: same department");
    assertThat(summary).contains("Executives without a mentor this time: 1\n- Executive 103 "
        + "(exec103@example.com, Sales, Berlin): no mentor outside your department");
    assertThat(summary).contains("Mentors with free places: 1\n- Mentor 2 (mentor2@example.com, IT, Munich), "
        + "2 places: no further suitable mentee");

    String zusammenfassung = ProposalSummary.of(result, pool, Words.DE);

    assertThat(zusammenfassung).startsWith("Vorgeschlagene Tandems: 2, Gesamtpassung 122\n"
        + "1. Mentor 1 (mentor1@example.com, IT, Munich) + Executive 101 (exec101@example.com, Sales, Berlin): "
        + "Passung 82 (teilt 3 von 4 Themen (KI-Werkzeuge als ersten Wunsch); beide in Munich)\n2. ")
        .contains("Passung 40 (vom Programmbüro festgelegt)",
            "Festgelegte Paare, die nicht übernommen werden können:\n- Mentor 1",
            "Executive 103 (exec103@example.com, Sales, Berlin): verletzt feste Regeln: gleiche Abteilung",
            "Führungskräfte diesmal ohne Mentor: 1\n- Executive 103 (exec103@example.com, Sales, Berlin): "
                + "kein Mentor außerhalb Ihrer Abteilung",
            "Mentoren mit freien Plätzen: 1\n- Mentor 2 (mentor2@example.com, IT, Munich), 2 Plätze: "
                + "keine weitere passende Führungskraft")
        .doesNotContain("Proposed", "fit 82", "shares", "department", "place:");
  }

  @Test
  void reasonsStoredAsSentencesBeforeTheyHadKindsReadAsStoredInEitherLanguage() {
    MatchingResult old = new MatchingResult(
        List.of(new Proposal(1, 101, 82, List.of(Reason.sentence("shares 3 of 4 topics (AI tools first)")), false)),
        List.of(new UnmatchedMentee(103, Reason.sentence("no mentor outside your department"))), List.of(), List.of());

    assertThat(ProposalSummary.of(old, pool(1, 3), Words.DE))
        .contains("Passung 82 (shares 3 of 4 topics (AI tools first))", ": no mentor outside your department");
  }

  @Test
  void saysWhyNothingIsProposed() {
    MatchingResult nothing = new MatchingResult(List.of(), List.of(), List.of(), List.of());
    assertThat(ProposalSummary.of(nothing, pool(0, 0), Words.EN)).startsWith("Nothing to match: no qualified mentor has a free place and no executive");
    assertThat(ProposalSummary.of(nothing, pool(0, 2), Words.EN)).startsWith("Nothing to match: no qualified mentor has a free place.");
    assertThat(ProposalSummary.of(nothing, pool(2, 0), Words.EN)).startsWith("Nothing to match: no executive is on the waitlist.");
    assertThat(ProposalSummary.of(nothing, pool(1, 1), Words.EN)).startsWith("No pair keeps the hard rules");
    assertThat(ProposalSummary.of(nothing, pool(2, 0), Words.DE)).startsWith("Nichts zuzuordnen: Keine Führungskraft steht auf der Warteliste.");
  }

  @Test
  void aLargeProposalStaysWithinTheEnginesTextLimitAndSaysHowManyPairsAreNotShown() {
    int n = 300;
    MatchingPool pool = pool(n, n);
    List<Proposal> proposals = new java.util.ArrayList<>();
    for (int i = 1; i <= n; i++) {
      proposals.add(new Proposal(i, 100 + i, 70, List.of(Reason.of(Why.SHARES_FIRST_CHOICE, 2, 3, "ai-tools"),
          Reason.of(Why.COMMON_SLOTS, "TUE-AM")), false));
    }
    MatchingResult result = new MatchingResult(proposals, List.of(), List.of(), List.of());
    String summary = ProposalSummary.of(result, pool, Words.EN);

    assertThat(summary.length()).isLessThanOrEqualTo(ProposalSummary.MAX_LENGTH);
    assertThat(summary).startsWith("Proposed tandems: 300, total fit 21000").containsPattern("\\.\\.\\. and \\d+ more pairs");
    assertThat(ProposalSummary.of(result, pool, Words.DE)).hasSizeLessThanOrEqualTo(ProposalSummary.MAX_LENGTH)
        .containsPattern("\\.\\.\\. und \\d+ weitere Paare");
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
